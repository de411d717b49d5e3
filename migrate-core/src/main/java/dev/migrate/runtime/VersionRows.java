package dev.migrate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;

/**
 * How each step changes the rows of the version table: Alembic's {@code HeadMaintainer}, as a
 * pure function of the rows and the step. The table holds one row per current head; a step
 * updates a row, starts a branch (insert), ends one (delete), merges rows (delete some, update
 * one) or undoes a merge (update one, insert the others).
 *
 * <p>Two departures from Alembic 1.8.1, both where it misbehaves:
 * <ul>
 * <li>Undoing a merge follows today's Alembic (sqlalchemy/alembic#1373, fixed in 1.13.1): when no
 * other row remains, a parent that is an ancestor (or dependency) of another parent gets no row
 * of its own.</li>
 * <li>Where Alembic crashes with a {@code KeyError} because a row the step names is gone, the
 * step goes on when that row is implied by the rows that are there: a merge whose parent is an
 * ancestor (or dependency) of another parent updates only the rows present, and a stamp whose
 * rows an earlier target of the same stamp already moved adds its own row (as Alembic does when
 * stamping upwards). Anything else that does not fit the rows raises
 * {@link VersionTableMismatchException}.</li>
 * </ul>
 * Changes that Alembic makes in set order are made in declaration order, so the SQL is
 * deterministic. Safe to share between threads.
 */
public final class VersionRows {

	private final Lineage lineage;

	/**
	 * Creates the row logic for a graph.
	 * @param graph the revision graph the steps come from
	 */
	public VersionRows(RevisionGraph graph) {
		this(new Lineage(graph));
	}

	VersionRows(Lineage lineage) {
		this.lineage = lineage;
	}

	/**
	 * Works out what a step does to the version table.
	 * @param rows the rows the table holds before the step
	 * @param step the step
	 * @return the step with its row changes and the rows afterwards
	 * @throws VersionTableMismatchException if the rows do not fit the step
	 */
	public PlannedStep apply(Collection<String> rows, MigrationStep step) {
		Rows table = new Rows(rows, step);
		switch (step.direction()) {
			case UPGRADE -> upgrade(table, step);
			case DOWNGRADE -> downgrade(table, step);
			case STAMP -> stamp(table, step);
		}
		return new PlannedStep(step, table.changes, new LinkedHashSet<>(table.rows));
	}

	/**
	 * Works out what a sequence of steps does to the version table, step after step.
	 * @param rows the rows the table holds before the first step
	 * @param steps the steps, in the order they run
	 * @return each step with its row changes and the rows after it
	 * @throws VersionTableMismatchException if the rows do not fit one of the steps
	 */
	public List<PlannedStep> applyAll(Collection<String> rows, List<MigrationStep> steps) {
		List<PlannedStep> planned = new ArrayList<>(steps.size());
		Collection<String> current = rows;
		for (MigrationStep step : steps) {
			PlannedStep next = apply(current, step);
			planned.add(next);
			current = next.rowsAfter();
		}
		return planned;
	}

	private void upgrade(Rows table, MigrationStep step) {
		String revision = step.toRevisions().get(0);
		List<String> down = step.fromRevisions();
		List<String> present = table.present(down);
		if (present.isEmpty()) {
			// a base, or none of its down revisions applied: a new branch
			table.insert(revision);
		}
		else if (down.size() > 1 && present.size() > 1) {
			merge(table, revision, down);
		}
		else {
			table.update(present.get(0), revision);
		}
	}

	/** Alembic's {@code merge_branch_idents}: delete all rows the merge joins but one, update that one. */
	private void merge(Rows table, String revision, List<String> down) {
		Set<String> others = table.without(down);
		List<String> from = down;
		if (!others.isEmpty()) {
			Set<String> covered = this.lineage.reachedAmong(others, down);
			from = down.stream().filter(id -> !covered.contains(id)).toList();
		}
		List<String> present = table.present(from);
		for (String missing : from) {
			// Alembic raises KeyError here; a parent implied by another parent's row needs no row of its own
			if (!table.contains(missing) && present.stream().noneMatch(row -> this.lineage.reaches(row, missing))) {
				throw table.mismatch("Cannot merge " + String.join(", ", from) + " into " + revision + ": no row holds "
						+ missing + " or a revision that descends from it");
			}
		}
		if (present.isEmpty()) {
			throw table.mismatch("Cannot merge into " + revision + ": no row holds one of " + String.join(", ", from));
		}
		for (String row : present.subList(0, present.size() - 1)) {
			table.delete(row);
		}
		table.update(present.get(present.size() - 1), revision);
	}

	private void downgrade(Rows table, MigrationStep step) {
		String revision = step.fromRevisions().get(0);
		List<String> down = step.toRevisions();
		if (table.contains(revision)) {
			List<String> targets = down.isEmpty() ? down : unmergeTargets(table, revision, down);
			if (targets.isEmpty()) {
				// a base, or every down revision is still below another row: the branch ends
				table.delete(revision);
				return;
			}
			if (down.size() > 1) {
				for (String target : targets.subList(0, targets.size() - 1)) {
					table.insert(target);
				}
				table.update(revision, targets.get(targets.size() - 1));
				return;
			}
		}
		List<String> present = (down.size() == 1) ? down : table.present(down);
		if (present.size() != 1) {
			throw table.mismatch("Cannot downgrade " + revision + ": "
					+ (table.contains(revision) ? "" : "no row holds it and ") + "rows hold "
					+ (present.isEmpty() ? "none" : String.join(", ", present)) + " of its down revisions "
					+ String.join(", ", down));
		}
		table.update(revision, present.get(0));
	}

	/**
	 * Alembic's {@code _unmerge_to_revisions} with the fix of sqlalchemy/alembic#1373: the down
	 * revisions that need a row of their own once the revision is reverted.
	 */
	private List<String> unmergeTargets(Rows table, String revision, List<String> down) {
		Set<String> others = table.without(List.of(revision));
		if (!others.isEmpty()) {
			Set<String> covered = this.lineage.reachedAmong(others, down);
			return down.stream().filter(id -> !covered.contains(id)).toList();
		}
		if (down.size() < 2) {
			return down;
		}
		Set<String> covered = new HashSet<>();
		for (String target : down) {
			for (String other : down) {
				if (!other.equals(target) && this.lineage.reaches(target, other)) {
					covered.add(other);
				}
			}
		}
		return down.stream().filter(id -> !covered.contains(id)).toList();
	}

	private void stamp(Rows table, MigrationStep step) {
		List<String> from = step.fromRevisions();
		List<String> to = step.toRevisions();
		if (to.isEmpty()) {
			table.delete(from.get(0));
		}
		else if (from.isEmpty() || !table.containsAll(from)) {
			// a new branch, or rows an earlier target of the same stamp already moved
			table.insert(to.get(0));
		}
		else {
			for (String row : from.subList(0, from.size() - 1)) {
				table.delete(row);
			}
			table.update(from.get(from.size() - 1), to.get(0));
		}
	}

	/** The rows while a step changes them, in table order, and the changes made. */
	private static final class Rows {

		private final MigrationStep step;

		private final Set<String> before;

		private final List<String> rows;

		private final List<VersionRowChange> changes = new ArrayList<>(2);

		Rows(Collection<String> rows, MigrationStep step) {
			this.before = new LinkedHashSet<>(rows);
			this.rows = new ArrayList<>(this.before);
			this.step = step;
		}

		boolean contains(String id) {
			return this.rows.contains(id);
		}

		boolean containsAll(List<String> ids) {
			return this.rows.containsAll(ids);
		}

		/** The given revisions that have a row, in the given order. */
		List<String> present(List<String> ids) {
			return ids.stream().filter(this.rows::contains).toList();
		}

		/** The rows that are not among the given revisions. */
		Set<String> without(List<String> ids) {
			Set<String> others = new LinkedHashSet<>(this.rows);
			ids.forEach(others::remove);
			return others;
		}

		void insert(String id) {
			if (contains(id)) {
				throw mismatch("Cannot add a row for " + id + ": the version table already holds it");
			}
			this.rows.add(id);
			this.changes.add(new VersionRowChange.Insert(id));
		}

		void delete(String id) {
			if (!this.rows.remove(id)) {
				throw mismatch("Cannot remove the row of " + id + ": the version table does not hold it");
			}
			this.changes.add(new VersionRowChange.Delete(id));
		}

		void update(String from, String to) {
			int index = this.rows.indexOf(from);
			if (index < 0) {
				throw mismatch("Cannot move the row of " + from + " to " + to + ": the version table does not hold " + from);
			}
			if (contains(to)) {
				throw mismatch("Cannot move the row of " + from + " to " + to + ": the version table already holds " + to);
			}
			this.rows.set(index, to);
			this.changes.add(new VersionRowChange.Update(from, to));
		}

		VersionTableMismatchException mismatch(String problem) {
			String revision = this.step.revision().map(Revision::id)
				.orElseGet(() -> this.step.toRevisions().isEmpty() ? this.step.fromRevisions().get(0)
						: this.step.toRevisions().get(0));
			return new VersionTableMismatchException(revision, this.before, this.step.shortLogLine() + ": " + problem);
		}

	}

}
