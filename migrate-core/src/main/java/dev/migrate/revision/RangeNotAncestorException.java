package dev.migrate.revision;

/**
 * The two ends of a range or plan are not ancestor and descendant along one branch, or there
 * is nothing to revert between them.
 */
public class RangeNotAncestorException extends RevisionException {

	/**
	 * Creates the exception.
	 * @param message what went wrong, naming both ends
	 */
	public RangeNotAncestorException(String message) {
		super(message);
	}

}
