package dev.migrate.command;

import dev.migrate.MigrateException;

/**
 * A command cannot do what its arguments ask (Alembic's {@code CommandError}): a malformed
 * range, a parent that is not a head, a revision id already taken, a directory that is not a
 * script location. Subtypes name the more specific cases.
 */
public class CommandException extends MigrateException {

	/**
	 * Creates the exception.
	 * @param message what went wrong and what to do instead, on one line
	 */
	public CommandException(String message) {
		super(message);
	}

	/**
	 * Creates the exception with its cause.
	 * @param message what went wrong and what to do instead, on one line
	 * @param cause the underlying failure
	 */
	public CommandException(String message, Throwable cause) {
		super(message, cause);
	}

}
