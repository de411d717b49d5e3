package dev.migrate.script;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;

import dev.migrate.MigrateException;

/**
 * Thrown when a revision script cannot be read (permissions, I/O failure, bytes that are not
 * UTF-8); the message names the script.
 */
public class ScriptReadException extends MigrateException {

	private final String origin;

	/**
	 * Creates an exception for a script that could not be read.
	 * @param origin the script, as the user knows it
	 * @param cause the underlying failure
	 */
	public ScriptReadException(String origin, IOException cause) {
		super("Could not read revision script " + origin + ": " + describe(cause), cause);
		this.origin = origin;
	}

	/**
	 * Returns the script that could not be read.
	 * @return the script, as the user knows it
	 */
	public String origin() {
		return this.origin;
	}

	private static String describe(IOException cause) {
		if (cause instanceof CharacterCodingException) {
			return "it is not valid UTF-8";
		}
		String message = cause.getMessage();
		return (message != null) ? cause.getClass().getSimpleName() + " " + message
				: cause.getClass().getSimpleName();
	}

}
