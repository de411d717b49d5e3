package dev.migrate.script;

import dev.migrate.MigrateException;

/**
 * Thrown when a new revision script cannot be written, for example because a file of that name
 * already exists; the message names the file.
 */
public class ScriptWriteException extends MigrateException {

	/**
	 * Creates an exception for a script that could not be written.
	 * @param message what went wrong, naming the file
	 */
	public ScriptWriteException(String message) {
		super(message);
	}

	/**
	 * Creates an exception for a script that could not be written, with its cause.
	 * @param message what went wrong, naming the file
	 * @param cause the underlying failure
	 */
	public ScriptWriteException(String message, Throwable cause) {
		super(message, cause);
	}

}
