package dev.migrate.revision;

/**
 * The revisions do not form a valid graph (duplicate ids, unknown references, conflicting
 * branch labels); reported before anything runs, naming the files involved.
 */
public class InvalidRevisionGraphException extends RevisionException {

	/**
	 * Creates the exception.
	 * @param message what is wrong, naming the revisions and their files
	 */
	public InvalidRevisionGraphException(String message) {
		super(message);
	}

}
