package dev.migrate.runtime;

/**
 * What the runtime's messages and history rows say about a step.
 */
final class Steps {

	private Steps() {
	}

	/**
	 * Returns the revision a step is about: the one whose script runs, or the one a stamp moves
	 * to (or from, for a stamp to base).
	 */
	static String revisionOf(MigrationStep step) {
		if (step.revision().isPresent()) {
			return step.revision().get().id();
		}
		return step.toRevisions().isEmpty() ? step.fromRevisions().get(0) : step.toRevisions().get(0);
	}

	/**
	 * Returns where a stamp moves the version table, for its history row: {@code a -> b}.
	 */
	static String movement(MigrationStep step) {
		return String.join(", ", step.fromRevisions()) + " -> " + String.join(", ", step.toRevisions());
	}

}
