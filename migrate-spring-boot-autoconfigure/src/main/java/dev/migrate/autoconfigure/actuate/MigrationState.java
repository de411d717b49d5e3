package dev.migrate.autoconfigure.actuate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.migrate.autoconfigure.Migrate;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.MigrationPlanner;
import dev.migrate.runtime.PlannedStep;
import dev.migrate.script.ScriptDirectory;

/**
 * Where one migration stands, read once for the endpoint or the health contributor: the
 * revisions its database is at, the heads of its scripts, what an upgrade to its target would
 * apply, and its recent history.
 *
 * <p>Reading never throws: when the scripts or the database cannot be read (or the database
 * holds a revision no script defines) the failure is kept as {@link #error()}, so that an
 * operator still sees whatever could be read.
 *
 * @param currentRevisions the revisions the version table holds, in table order; empty when it
 * could not be read
 * @param heads the heads of the revision scripts; empty when they could not be read
 * @param pending the revisions an upgrade to the target would apply, in the order it would apply
 * them; empty when they could not be worked out
 * @param branchPoints the revisions that more than one revision revises
 * @param history the latest rows of the history table, newest first
 * @param error why part of the state could not be read; empty when all of it was
 */
record MigrationState(Set<String> currentRevisions, List<String> heads, List<Revision> pending,
		List<Revision> branchPoints, List<HistoryEntry> history, Optional<String> error) {

	/**
	 * Creates the value, copying its collections (the current revisions keep their order).
	 */
	MigrationState {
		currentRevisions = Collections.unmodifiableSet(new LinkedHashSet<>(currentRevisions));
		heads = List.copyOf(heads);
		pending = List.copyOf(pending);
		branchPoints = List.copyOf(branchPoints);
		history = List.copyOf(history);
		Objects.requireNonNull(error, "error");
	}

	/**
	 * Reads the state of a migration, without taking the migration lock.
	 * @param migrate the migration
	 * @param historyLimit how many history rows to read at most
	 * @return the state
	 */
	static MigrationState read(Migrate migrate, int historyLimit) {
		ScriptDirectory scripts;
		try {
			scripts = migrate.scripts();
		}
		// the endpoint and the health contributor report what they cannot read instead of failing
		catch (RuntimeException ex) {
			return new MigrationState(Set.of(), List.of(), List.of(), List.of(), List.of(), Optional.of(describe(ex)));
		}
		List<String> errors = new ArrayList<>(2);
		Set<String> current = Set.of();
		List<Revision> pending = List.of();
		try {
			current = migrate.currentRevisions();
			pending = pending(scripts, current, migrate.target());
		}
		catch (RuntimeException ex) {
			errors.add(describe(ex));
		}
		List<HistoryEntry> history = List.of();
		try {
			history = migrate.recentHistory(historyLimit);
		}
		catch (RuntimeException ex) {
			errors.add(describe(ex));
		}
		RevisionGraph graph = scripts.graph();
		Optional<String> error = errors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", errors));
		return new MigrationState(current, graph.heads(), pending, branchPoints(graph), history, error);
	}

	/**
	 * Tells whether the database is at its target, as far as could be read.
	 * @return whether nothing is pending and nothing failed to read
	 */
	boolean upToDate() {
		return this.error.isEmpty() && this.pending.isEmpty();
	}

	/**
	 * Returns the newest history row when it records a failure: the last migration failed and
	 * nothing ran since.
	 * @return the failed row; empty when the last step succeeded or there is no history
	 */
	Optional<HistoryEntry> lastFailure() {
		if (this.history.isEmpty() || this.history.get(0).record().success()) {
			return Optional.empty();
		}
		return Optional.of(this.history.get(0));
	}

	// the same rows give the current revisions and the pending ones, so the two always agree
	private static List<Revision> pending(ScriptDirectory scripts, Set<String> current, String target) {
		List<Revision> pending = new ArrayList<>();
		for (PlannedStep planned : MigrationPlanner.of(scripts).upgrade(current, target).steps()) {
			planned.step().revision().ifPresent(pending::add);
		}
		return pending;
	}

	private static List<Revision> branchPoints(RevisionGraph graph) {
		List<Revision> branchPoints = new ArrayList<>();
		for (Revision revision : graph.revisions()) {
			if (graph.isBranchPoint(revision.id())) {
				branchPoints.add(revision);
			}
		}
		return branchPoints;
	}

	private static String describe(RuntimeException ex) {
		String message = ex.getMessage();
		return (message != null && !message.isBlank()) ? message : ex.getClass().getName();
	}

}
