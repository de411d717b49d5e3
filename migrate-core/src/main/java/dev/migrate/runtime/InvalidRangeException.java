package dev.migrate.runtime;

import dev.migrate.revision.RevisionException;

/**
 * A revision range ({@code start:end}) where none is allowed, or a malformed one: ranges are for
 * offline ({@code --sql}) runs only, have exactly one colon and name their end.
 */
public class InvalidRangeException extends RevisionException {

	/**
	 * Creates the exception.
	 * @param message what is wrong with the range and what to write instead
	 */
	public InvalidRangeException(String message) {
		super(message);
	}

}
