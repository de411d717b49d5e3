package dev.migrate.revision;

import java.util.List;

/**
 * Revisions that revise or depend on each other in a loop.
 */
public class CycleDetectedException extends InvalidRevisionGraphException {

	private final List<String> revisions;

	/**
	 * Creates the exception.
	 * @param message what is wrong, naming the revisions and their files
	 * @param revisions the ids of the revisions on or behind the cycle
	 */
	public CycleDetectedException(String message, List<String> revisions) {
		super(message);
		this.revisions = List.copyOf(revisions);
	}

	/**
	 * Returns the revisions on or behind the cycle.
	 * @return their ids, sorted
	 */
	public List<String> revisions() {
		return this.revisions;
	}

}
