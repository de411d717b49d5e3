package dev.migrate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.RevisionNotFoundException;
import dev.migrate.script.ScriptDirectory;

import org.jspecify.annotations.Nullable;

/**
 * Plans runs as Alembic does: which steps {@code upgrade}, {@code downgrade} and {@code stamp}
 * take from the rows of the version table, in Alembic's order across branches, merges and
 * dependencies ({@code ScriptDirectory._upgrade_revs}, {@code _downgrade_revs} and
 * {@code _stamp_revs}), and what each step does to those rows ({@link VersionRows}).
 *
 * <p>Pure: it needs no connection, reads no script body and works the whole plan out before
 * anything runs, so a run never discovers half-way that the version table does not fit. Offline
 * ({@code --sql}) runs take their starting rows from a range ({@code start:end}) instead of a
 * database. Planning costs time linear in the number of steps. Safe to share between threads.
 */
public final class MigrationPlanner {

	/** Relative identifiers ({@code -1}, {@code label@-2}, {@code head+1}) that a stamp cannot match rows against. */
	private static final Pattern RELATIVE = Pattern.compile("(?:.+?@)?\\w*[+-]\\d+");

	private final RevisionGraph graph;

	private final Function<String, String> messages;

	private final Lineage lineage;

	private final VersionRows versionRows;

	/**
	 * Creates a planner.
	 * @param graph the revision graph
	 * @param messages the message of each revision, by id, for log lines (empty when a revision
	 * has none)
	 */
	public MigrationPlanner(RevisionGraph graph, Function<String, String> messages) {
		this.graph = Objects.requireNonNull(graph, "graph");
		this.messages = Objects.requireNonNull(messages, "messages");
		this.lineage = new Lineage(graph);
		this.versionRows = new VersionRows(this.lineage);
	}

	/**
	 * Creates a planner for the scripts of a project; messages come from the script headers.
	 * @param scripts the script directory
	 * @return the planner
	 */
	public static MigrationPlanner of(ScriptDirectory scripts) {
		return new MigrationPlanner(scripts.graph(), id -> scripts.script(id).message());
	}

	/**
	 * Returns the row logic this planner uses, to follow steps one at a time.
	 * @return the version-row logic
	 */
	public VersionRows versionRows() {
		return this.versionRows;
	}

	/**
	 * Plans {@code upgrade TARGET}: the revisions to apply, oldest first.
	 * @param currentRows the rows of the version table, in the order the database returns them
	 * @param target the target: an id, a prefix, {@code head}, {@code heads}, {@code label@head},
	 * {@code +2} or {@code label@+1} (counted from the current rows), {@code id+1}
	 * @return the plan
	 * @throws UnknownVersionException if a row names a revision no script defines
	 * @throws InvalidRangeException if the target is a range
	 * @throws dev.migrate.revision.RevisionException if the target cannot be resolved or reached
	 * @throws VersionTableMismatchException if the rows do not fit a step
	 */
	public MigrationPlan upgrade(Collection<String> currentRows, String target) {
		List<String> rows = knownRows(currentRows);
		rejectRange(target);
		return upgradeFrom(rows, target);
	}

	/**
	 * Plans {@code downgrade TARGET}: the revisions to revert, newest first.
	 * @param currentRows the rows of the version table, in the order the database returns them
	 * (with several rows, {@code -1} counts from the first)
	 * @param target the target: an id, a prefix, {@code base}, {@code label@base}, {@code -1} or
	 * {@code label@-1} (counted from the current rows), {@code id-1}
	 * @return the plan
	 * @throws UnknownVersionException if a row names a revision no script defines
	 * @throws InvalidRangeException if the target is a range
	 * @throws dev.migrate.revision.RevisionException if the target cannot be resolved or is not
	 * below the current rows
	 * @throws VersionTableMismatchException if the rows do not fit a step
	 */
	public MigrationPlan downgrade(Collection<String> currentRows, String target) {
		List<String> rows = knownRows(currentRows);
		rejectRange(target);
		return downgradeFrom(rows, target);
	}

	/**
	 * Plans {@code stamp TARGET...}: the version-table changes that make it hold the targets,
	 * without running any script. As in Alembic, each target moves the rows that share its
	 * lineage: up or down along their branch (several rows down to a common ancestor become one),
	 * or, when no row is related, it starts a branch of its own; {@code base} removes the rows.
	 * @param currentRows the rows of the version table, in the order the database returns them;
	 * ignored when purging
	 * @param targets the targets: ids, prefixes, labels, {@code head}, {@code heads},
	 * {@code label@head}, {@code base}, {@code label@base}; none means {@code base}. A relative
	 * target ({@code -1}) counts from the graph's heads and is refused while rows are present.
	 * @param purge whether to delete every row first (the current rows are then not even checked)
	 * @return the plan
	 * @throws UnknownVersionException if a row names a revision no script defines (and not purging)
	 * @throws dev.migrate.revision.RevisionException if a target cannot be resolved
	 * @throws VersionTableMismatchException if the rows lie on both sides of a target
	 */
	public MigrationPlan stamp(Collection<String> currentRows, List<String> targets, boolean purge) {
		List<String> rows = purge ? List.of() : knownRows(currentRows);
		for (String target : targets) {
			rejectRange(target);
		}
		return stampFrom(rows, targets, purge);
	}

	/**
	 * Plans {@code upgrade START:TARGET --sql}, or {@code upgrade TARGET --sql} from base: the
	 * start stands for the rows of the version table.
	 * @param range {@code start:target}, {@code :target} or {@code target}
	 * @return the plan, starting from the rows {@link #startingRows(String)} gives
	 * @throws InvalidRangeException if the range is malformed
	 * @throws dev.migrate.revision.RevisionException if an end cannot be resolved or reached
	 */
	public MigrationPlan offlineUpgrade(String range) {
		int colon = range.indexOf(':');
		if (colon < 0) {
			return upgradeFrom(List.of(), range);
		}
		String target = rangeEnd(range, colon);
		return upgradeFrom(startingRows(range.substring(0, colon)), target);
	}

	/**
	 * Plans {@code downgrade START:TARGET --sql}: the start stands for the rows of the version
	 * table.
	 * @param range {@code start:target}
	 * @return the plan, starting from the rows {@link #startingRows(String)} gives
	 * @throws InvalidRangeException if the range is malformed or missing
	 * @throws dev.migrate.revision.RevisionException if an end cannot be resolved or the target
	 * is not below the start
	 */
	public MigrationPlan offlineDowngrade(String range) {
		int colon = range.indexOf(':');
		if (colon < 0) {
			throw new InvalidRangeException("downgrade with --sql requires <fromrev>:<torev>, got '" + range
					+ "': offline SQL cannot know where the database stands");
		}
		String target = rangeEnd(range, colon);
		return downgradeFrom(startingRows(range.substring(0, colon)), target);
	}

	/**
	 * Plans {@code stamp [START:]TARGET... --sql}: the start stands for the rows of the version
	 * table (none when no target gives one). {@code --purge} has no offline form.
	 * @param targets the targets, each optionally prefixed by {@code start:}, all with the same
	 * start
	 * @return the plan
	 * @throws InvalidRangeException if the targets give different starts, or a malformed range
	 * @throws dev.migrate.revision.RevisionException if a revision cannot be resolved
	 */
	public MigrationPlan offlineStamp(List<String> targets) {
		@Nullable String start = null;
		List<String> destinations = new ArrayList<>(targets.size());
		for (String target : targets) {
			int colon = target.indexOf(':');
			if (colon < 0) {
				destinations.add(target);
				continue;
			}
			String from = target.substring(0, colon);
			if (start != null && !start.equals(from)) {
				throw new InvalidRangeException("Stamp with --sql supports a single starting revision at a time, got '"
						+ start + "' and '" + from + "'");
			}
			start = from;
			destinations.add(rangeEnd(target, colon));
		}
		return stampFrom((start != null) ? startingRows(start) : List.of(), destinations, false);
	}

	/**
	 * Returns the version rows an offline run starts from: the revision its range starts at.
	 * @param start the start of a range: an identifier, {@code base} or empty (both meaning an
	 * empty version table)
	 * @return no row, or the one revision the start names
	 * @throws dev.migrate.revision.RevisionException if the start cannot be resolved or names
	 * several revisions
	 */
	public List<String> startingRows(String start) {
		String identifier = start.strip();
		if (identifier.isEmpty() || "base".equals(identifier)) {
			return List.of();
		}
		return this.graph.resolveOne(identifier).map(revision -> List.of(revision.id())).orElse(List.of());
	}

	// ---------------------------------------------------------------- upgrade and downgrade

	private MigrationPlan upgradeFrom(List<String> rows, String target) {
		List<Revision> path = this.graph.upgradePath(rows, target);
		List<MigrationStep> steps = new ArrayList<>(path.size());
		for (Revision revision : path) {
			steps.add(MigrationStep.upgrade(revision, this.lineage.normalizedDown(revision.id()), message(revision)));
		}
		return plan(rows, false, steps);
	}

	private MigrationPlan downgradeFrom(List<String> rows, String target) {
		List<Revision> path = this.graph.downgradePath(rows, target);
		List<MigrationStep> steps = new ArrayList<>(path.size());
		for (Revision revision : path) {
			steps.add(MigrationStep.downgrade(revision, this.lineage.normalizedDown(revision.id()), message(revision)));
		}
		return plan(rows, false, steps);
	}

	private String message(Revision revision) {
		String message = this.messages.apply(revision.id());
		return (message != null) ? message : "";
	}

	// ---------------------------------------------------------------- stamp

	/** Alembic's {@code _stamp_revs}. */
	private MigrationPlan stampFrom(List<String> rows, List<String> targets, boolean purge) {
		List<String> wanted = targets.isEmpty() ? List.of("base") : targets;
		Set<String> moving = new LinkedHashSet<>();
		if (!rows.isEmpty()) {
			for (String target : wanted) {
				if (!target.isEmpty()) {
					List<String> shares = lineageOf(target, rows);
					for (String row : rows) {
						if (shares.isEmpty() || sharesLineage(row, shares)) {
							moving.add(row);
						}
					}
				}
			}
		}
		// a revision named twice is stamped once (Alembic fails on the second time)
		Set<String> destinations = new LinkedHashSet<>();
		for (Revision revision : this.graph.resolve(wanted)) {
			destinations.add(revision.id());
		}
		List<MigrationStep> steps = new ArrayList<>();
		if (destinations.isEmpty()) {
			for (String row : moving) {
				steps.add(MigrationStep.stamp(List.of(row), List.of(), false));
			}
		}
		for (String destination : destinations) {
			if (!moving.contains(destination)) {
				steps.add(stampStep(rows, List.copyOf(moving), destination));
			}
		}
		return plan(rows, purge, steps);
	}

	private MigrationStep stampStep(List<String> rows, List<String> moving, String destination) {
		boolean rowsAbove = moving.stream().anyMatch(row -> this.lineage.reaches(row, destination));
		boolean rowsBelow = moving.stream().anyMatch(row -> this.lineage.reaches(destination, row));
		if (rowsAbove && rowsBelow) {
			throw new VersionTableMismatchException(destination, new LinkedHashSet<>(rows), "Cannot stamp " + destination
					+ ": the version table holds revisions both below and above it");
		}
		if (rowsAbove) {
			return MigrationStep.stamp(moving, List.of(destination), false);
		}
		if (rowsBelow) {
			return MigrationStep.stamp(moving, List.of(destination), true);
		}
		return MigrationStep.stamp(List.of(), List.of(destination), true);
	}

	/**
	 * The revisions a stamp target's rows must be related to (Alembic's {@code filter_for_lineage}
	 * arguments): the revision declaring its branch label, and the revisions it names.
	 */
	private List<String> lineageOf(String target, List<String> rows) {
		int at = target.indexOf('@');
		String branch = (at >= 0) ? target.substring(0, at) : null;
		String symbol = (at >= 0) ? target.substring(at + 1) : target;
		List<String> shares = new ArrayList<>();
		try {
			if (branch != null && !branch.isEmpty()) {
				identify(branch).ifPresent(shares::add);
			}
			if ("heads".equals(symbol) || "head".equals(symbol)) {
				this.graph.resolve(target).forEach(revision -> shares.add(revision.id()));
			}
			else if (!"base".equals(symbol)) {
				identify(symbol).ifPresent(shares::add);
			}
		}
		catch (RevisionNotFoundException ex) {
			if (RELATIVE.matcher(target).matches()) {
				throw new RevisionNotFoundException("Cannot stamp relative revision '" + target
						+ "' while the version table holds rows (" + String.join(", ", rows)
						+ "): stamp names revisions, not steps; name the revision, or add --purge", target);
			}
			throw ex;
		}
		return shares;
	}

	private Optional<String> identify(String identifier) {
		return this.graph.resolveOne(identifier).map(Revision::id);
	}

	private boolean sharesLineage(String row, List<String> shares) {
		for (String share : shares) {
			if (this.lineage.reaches(row, share) || this.lineage.reaches(share, row)) {
				return true;
			}
		}
		return false;
	}

	// ---------------------------------------------------------------- helpers

	private MigrationPlan plan(List<String> rows, boolean purge, List<MigrationStep> steps) {
		return new MigrationPlan(new LinkedHashSet<>(rows), purge, this.versionRows.applyAll(rows, steps));
	}

	private List<String> knownRows(Collection<String> currentRows) {
		List<String> rows = List.copyOf(new LinkedHashSet<>(currentRows));
		for (String row : rows) {
			if (this.graph.find(row).isEmpty()) {
				throw new UnknownVersionException(row, rows);
			}
		}
		return rows;
	}

	private static void rejectRange(String target) {
		if (target.indexOf(':') >= 0) {
			throw new InvalidRangeException("Range revision '" + target
					+ "' not allowed: ranges (start:end) are for offline runs (--sql)");
		}
	}

	private static String rangeEnd(String range, int colon) {
		if (range.indexOf(':', colon + 1) >= 0) {
			throw new InvalidRangeException("Range '" + range + "' has more than one ':'; write start:end");
		}
		String end = range.substring(colon + 1);
		if (end.isBlank()) {
			throw new InvalidRangeException("Range '" + range + "' names no target; write start:end");
		}
		return end;
	}

}
