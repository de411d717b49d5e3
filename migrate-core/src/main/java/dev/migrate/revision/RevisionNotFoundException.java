package dev.migrate.revision;

/**
 * An identifier names no revision or branch label, or a revision outside the branch it was
 * asked for.
 */
public class RevisionNotFoundException extends RevisionException {

	private final String identifier;

	/**
	 * Creates the exception.
	 * @param message what went wrong
	 * @param identifier the identifier that could not be resolved
	 */
	public RevisionNotFoundException(String message, String identifier) {
		super(message);
		this.identifier = identifier;
	}

	/**
	 * Returns the identifier that could not be resolved.
	 * @return the identifier as the user gave it
	 */
	public String identifier() {
		return this.identifier;
	}

}
