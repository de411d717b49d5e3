package dev.migrate.dialect;

import java.util.List;
import java.util.Optional;

import dev.migrate.ops.Operation;

/**
 * Where the SQLite renderer learns a table's definition: the live catalog online, the tables
 * made by earlier operations of the run offline.
 */
interface SqliteTables {

	/**
	 * Returns the definition of a table, if it is known.
	 * @param table the table's name
	 * @return the table
	 */
	Optional<SqliteTable> find(String table);

	/**
	 * Returns the definition of a table, or fails naming it when it is not known.
	 * @param table the table's name
	 * @return the table
	 */
	SqliteTable require(String table);

	/**
	 * Returns the tables whose rows reference a table by a foreign key that SQLite enforces, so
	 * that dropping the table during a rebuild would delete or orphan those rows.
	 * @param table the table's name
	 * @return the referencing tables (the table itself included); empty when foreign keys are
	 * not enforced
	 */
	List<String> enforcedReferences(String table);

	/**
	 * Tells whether {@code PRAGMA legacy_alter_table} is on.
	 * @return whether renames leave references to the table alone
	 */
	boolean legacyAlterTable();

	/**
	 * Learns what an operation did, once it is rendered.
	 * @param operation the operation
	 */
	void applied(Operation operation);

}
