package dev.migrate.dialect;

import dev.migrate.MigrateException;

/**
 * Thrown for a table name that cannot name a table, such as a blank name or
 * {@code a.b.c} given as a version-table setting.
 */
public class InvalidTableNameException extends MigrateException {

	/**
	 * Creates the exception.
	 * @param message what is wrong with the name and how to write it instead
	 */
	public InvalidTableNameException(String message) {
		super(message);
	}

}
