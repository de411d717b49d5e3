package dev.migrate.dialect;

import java.util.List;

import dev.migrate.ops.Operation;

/**
 * Renders {@link Operation}s as one database's SQL. A renderer serves one run, online or
 * offline, and may remember what earlier operations of the run did (an offline SQLite script
 * must know a table's columns to rebuild it).
 */
public interface OperationRenderer {

	/**
	 * Renders one operation as the statements that make it, in order. Called just before the
	 * statements run, so that an online renderer may read the catalog as earlier operations
	 * left it.
	 * @param operation the operation
	 * @return the statements; empty when the database needs none (an enum type on MariaDB)
	 * @throws UnsupportedOperationException naming the operation and the database when the
	 * database cannot make the change (a sequence on SQLite)
	 */
	List<SqlCommand> render(Operation operation);

}
