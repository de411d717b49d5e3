package dev.migrate.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a run did: the version rows before and after, and the steps it made.
 *
 * @param rowsBefore the version rows the run found
 * @param rowsAfter the version rows the run left
 * @param appliedSteps the steps it made, in order; empty when the database was already where it
 * was asked to be
 */
public record MigrationResult(Set<String> rowsBefore, Set<String> rowsAfter, List<AppliedStep> appliedSteps) {

	/**
	 * Creates the value, copying its collections (the rows keep their order).
	 */
	public MigrationResult {
		rowsBefore = Collections.unmodifiableSet(new LinkedHashSet<>(rowsBefore));
		rowsAfter = Collections.unmodifiableSet(new LinkedHashSet<>(rowsAfter));
		appliedSteps = List.copyOf(appliedSteps);
	}

	/**
	 * Tells whether the run changed the version table.
	 * @return whether the rows after differ from the rows before
	 */
	public boolean changed() {
		return !this.rowsBefore.equals(this.rowsAfter) || !this.appliedSteps.isEmpty();
	}

}
