package dev.migrate.ops;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work a revision does with the JDBC connection of the run, such as a data migration that
 * reads rows and writes them back changed. It runs in the revision's transaction; it must not
 * commit, roll back or close the connection.
 */
@FunctionalInterface
public interface JdbcWork {

	/**
	 * Does the work.
	 * @param connection the run's connection
	 * @throws SQLException if a statement fails; the revision fails with it
	 */
	void run(Connection connection) throws SQLException;

}
