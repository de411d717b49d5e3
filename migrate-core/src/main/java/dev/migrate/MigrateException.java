package dev.migrate;

/**
 * The base of every error migrate reports to its users; each subtype names the revision, file
 * or statement at fault in its message.
 */
public class MigrateException extends RuntimeException {

	/**
	 * Creates an exception with a message for the user.
	 * @param message what went wrong and, where it helps, what to do next
	 */
	public MigrateException(String message) {
		super(message);
	}

	/**
	 * Creates an exception with a message for the user and its cause.
	 * @param message what went wrong and, where it helps, what to do next
	 * @param cause the underlying failure
	 */
	public MigrateException(String message, Throwable cause) {
		super(message, cause);
	}

}
