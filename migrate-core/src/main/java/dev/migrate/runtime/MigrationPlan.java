package dev.migrate.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a run will do, worked out before anything runs: the version rows it starts from,
 * each step with its version-table changes, and the rows it ends with.
 *
 * <p>A run that follows the plan leaves the version table holding, after every step, exactly the
 * rows Alembic's {@code alembic_version} would hold. A plan made for {@code stamp --purge} starts
 * from an empty table: the runner deletes every row first.
 *
 * @param rowsBefore the version rows the first step starts from
 * @param purge whether every row of the version table is deleted before the first step
 * @param steps the steps, in the order they run
 */
public record MigrationPlan(Set<String> rowsBefore, boolean purge, List<PlannedStep> steps) {

	/**
	 * Creates a plan, copying its collections (the rows keep their order).
	 */
	public MigrationPlan {
		rowsBefore = Collections.unmodifiableSet(new LinkedHashSet<>(rowsBefore));
		steps = List.copyOf(steps);
	}

	/**
	 * Returns the version rows once every step has run.
	 * @return the rows after the last step, or {@link #rowsBefore()} when there is none
	 */
	public Set<String> rowsAfter() {
		return this.steps.isEmpty() ? this.rowsBefore : this.steps.get(this.steps.size() - 1).rowsAfter();
	}

	/**
	 * Tells whether the plan changes nothing: no step and no purge.
	 * @return whether the database is already where it was asked to be
	 */
	public boolean isEmpty() {
		return this.steps.isEmpty() && !this.purge;
	}

}
