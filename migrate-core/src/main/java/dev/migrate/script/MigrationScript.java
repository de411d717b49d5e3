package dev.migrate.script;

import dev.migrate.revision.Revision;

/**
 * A revision script of any format: what the runtime and the commands need to know about it
 * besides how to run it. Each format adds its own way to run (SQL statements, Java operations).
 */
public interface MigrationScript {

	/**
	 * Returns the graph node this script declares, its origin set to {@link #origin()}.
	 * @return the revision
	 */
	Revision revision();

	/**
	 * Returns the revision's id.
	 * @return the id
	 */
	default String id() {
		return revision().id();
	}

	/**
	 * Returns the revision's message, as {@code history} and {@code Running upgrade} lines show
	 * it.
	 * @return the message; empty when the script has none
	 */
	String message();

	/**
	 * Returns the revision's full description, as {@code show} prints it.
	 * @return the text; empty when the script has none
	 */
	String documentation();

	/**
	 * Returns the name that orders scripts: scripts load sorted by this name, then by
	 * {@link #origin()}, and that order breaks ties between branches.
	 * @return the file name, such as {@code 1975ea83b712_add_priority.sql}
	 */
	String name();

	/**
	 * Returns where the script is, as the user knows it.
	 * @return for example {@code db/migrate/1975ea83b712_add_priority.sql}
	 */
	String origin();

	/**
	 * Tells whether the revision runs inside a transaction.
	 * @return {@code false} when the script asks to run outside one
	 */
	boolean transactional();

	/**
	 * Tells whether the revision can be downgraded. May read the script's body.
	 * @return whether it declares a downgrade
	 * @throws ScriptReadException if the script can no longer be read
	 * @throws ScriptParseException if its body is malformed
	 */
	boolean downgradable();

	/**
	 * Returns a checksum of the script's content, recorded in the history table to detect
	 * scripts edited after they ran. May read the script's body.
	 * @return the checksum
	 * @throws ScriptReadException if the script can no longer be read
	 */
	String checksum();

}
