package dev.migrate.script;

import dev.migrate.MigrateException;

/**
 * Thrown when a script location is malformed, does not exist or cannot be searched; the
 * message names the location.
 */
public class ScriptLocationException extends MigrateException {

	/**
	 * Creates an exception for a location.
	 * @param message what is wrong with the location, naming it
	 */
	public ScriptLocationException(String message) {
		super(message);
	}

	/**
	 * Creates an exception for a location with its underlying cause.
	 * @param message what is wrong with the location, naming it
	 * @param cause the underlying failure
	 */
	public ScriptLocationException(String message, Throwable cause) {
		super(message, cause);
	}

}
