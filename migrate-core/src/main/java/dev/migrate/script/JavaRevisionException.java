package dev.migrate.script;

import dev.migrate.MigrateException;

/**
 * Thrown when a Java revision class cannot be used: annotated with
 * {@link dev.migrate.ops.Revision} without implementing {@link dev.migrate.ops.Migration}, not a
 * public concrete class with a public no-argument constructor, with invalid annotation values,
 * or with a migration method that fails while its operations are recorded. The message names
 * the class and says what to change.
 */
public class JavaRevisionException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String className;

	/**
	 * Creates an exception for a class.
	 * @param className the class's name
	 * @param message what is wrong, naming the class
	 */
	public JavaRevisionException(String className, String message) {
		super(message);
		this.className = className;
	}

	/**
	 * Creates an exception for a class, with the failure that caused it.
	 * @param className the class's name
	 * @param message what is wrong, naming the class
	 * @param cause the underlying failure
	 */
	public JavaRevisionException(String className, String message, Throwable cause) {
		super(message, cause);
		this.className = className;
	}

	/**
	 * Returns the class at fault.
	 * @return its fully qualified name
	 */
	public String className() {
		return this.className;
	}

}
