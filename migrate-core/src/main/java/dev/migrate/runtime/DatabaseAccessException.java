package dev.migrate.runtime;

import java.sql.SQLException;

import dev.migrate.MigrateException;

/**
 * The database failed while migrate did its own work (reading or writing the version or history
 * table, taking or releasing the lock), rather than while running a revision's statements. The
 * message says what migrate was doing and gives the database's message.
 */
public class DatabaseAccessException extends MigrateException {

	/**
	 * Creates the exception.
	 * @param doing what migrate was doing, such as {@code Could not read version table migrate_version}
	 * @param cause the database's exception
	 */
	public DatabaseAccessException(String doing, SQLException cause) {
		super(doing + ": " + DatabaseMessages.oneLine(cause), cause);
	}

}
