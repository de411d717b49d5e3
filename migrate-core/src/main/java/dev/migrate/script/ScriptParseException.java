package dev.migrate.script;

import java.util.OptionalInt;

import dev.migrate.MigrateException;

/**
 * Thrown when a revision script is malformed: a missing or invalid header, an unknown
 * directive, a misplaced section, an unterminated string or comment. The message starts with
 * the script and, where one is to blame, the line: {@code db/migrate/1975ea83b712_add.sql:12: ...}.
 */
public class ScriptParseException extends MigrateException {

	private final String origin;

	private final int line;

	/**
	 * Creates an exception for a problem at a line of a script.
	 * @param origin the script, as the user knows it
	 * @param line the 1-based line at fault
	 * @param problem what is wrong and, where it helps, what to do
	 */
	public ScriptParseException(String origin, int line, String problem) {
		super(origin + ":" + line + ": " + problem);
		this.origin = origin;
		this.line = line;
	}

	/**
	 * Creates an exception for a problem with a script as a whole.
	 * @param origin the script, as the user knows it
	 * @param problem what is wrong and, where it helps, what to do
	 */
	public ScriptParseException(String origin, String problem) {
		super(origin + ": " + problem);
		this.origin = origin;
		this.line = 0;
	}

	/**
	 * Returns the script at fault.
	 * @return the script, as the user knows it
	 */
	public String origin() {
		return this.origin;
	}

	/**
	 * Returns the line at fault, when one is.
	 * @return the 1-based line, or empty when the problem concerns the whole script
	 */
	public OptionalInt line() {
		return (this.line > 0) ? OptionalInt.of(this.line) : OptionalInt.empty();
	}

}
