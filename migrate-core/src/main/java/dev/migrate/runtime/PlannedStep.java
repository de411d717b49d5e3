package dev.migrate.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A step together with what it does to the version table: the row changes to make after its
 * script ran, in the order Alembic makes them, and the rows the table then holds.
 *
 * @param step the step
 * @param rowChanges the changes to the version table, in order
 * @param rowsAfter the version rows once the changes are made
 */
public record PlannedStep(MigrationStep step, List<VersionRowChange> rowChanges, Set<String> rowsAfter) {

	/**
	 * Creates a planned step, copying its collections (the rows keep their order).
	 */
	public PlannedStep {
		Objects.requireNonNull(step, "step");
		rowChanges = List.copyOf(rowChanges);
		rowsAfter = Collections.unmodifiableSet(new LinkedHashSet<>(rowsAfter));
	}

}
