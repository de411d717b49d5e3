package dev.migrate.dialect;

import dev.migrate.MigrateException;

/**
 * Thrown for a dialect name, a JDBC URL or a database that migrate has no dialect for; the
 * message lists the supported ones.
 */
public class UnknownDialectException extends MigrateException {

	/**
	 * Creates the exception.
	 * @param message what was asked for and what is supported
	 */
	public UnknownDialectException(String message) {
		super(message);
	}

}
