package dev.migrate.command;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runtime.DatabaseAccessException;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.runtime.MigrationPlanner;
import dev.migrate.runtime.MigrationResult;
import dev.migrate.runtime.Migrator;
import dev.migrate.runtime.UnknownVersionException;
import dev.migrate.script.ScriptDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The commands that work on a database, as Alembic's {@code upgrade}, {@code downgrade},
 * {@code stamp}, {@code current}, {@code history -i} and {@code show current}: each reads the
 * scripts afresh and runs over a {@link Migrator}. Progress lines ({@code Running upgrade ...})
 * go to the progress stream, answers to the results stream.
 *
 * <p>Obtained from {@link MigrateCommands#database(DatabaseTarget, MigrationOptions)}. A version
 * table holding a revision that no script defines stops every command with an
 * {@link UnknownVersionException} before anything runs (except {@code stamp --purge}, which
 * replaces the rows).
 *
 * <pre>{@code
 * DatabaseCommands database = commands.database(DatabaseTarget.of(dataSource), MigrationOptions.defaults());
 * database.upgrade("head");
 * database.current(false, false);
 * }</pre>
 */
public final class DatabaseCommands {

	private final MigrateCommands scriptCommands;

	private final Supplier<ScriptDirectory> scripts;

	private final CommandOutput output;

	private final DatabaseTarget target;

	private final MigrationOptions options;

	private volatile @Nullable Dialect dialect;

	DatabaseCommands(MigrateCommands scriptCommands, Supplier<ScriptDirectory> scripts, CommandOutput output,
			DatabaseTarget target, MigrationOptions options) {
		this.scriptCommands = scriptCommands;
		this.scripts = scripts;
		this.output = output;
		this.target = Objects.requireNonNull(target, "target");
		this.options = Objects.requireNonNull(options, "options");
		this.dialect = target.dialect().orElse(null);
	}

	/**
	 * Upgrades the database, as {@code migrate upgrade TARGET}, logging
	 * {@code Running upgrade 3512b954651e -> 1975ea83b712, Add priority to todos} for each step.
	 * @param target {@code head}, {@code heads}, an id or prefix, {@code label@head}, {@code +2},
	 * ...; ranges are for offline runs
	 * @return what the run did
	 * @throws UnknownVersionException if the version table holds a revision no script defines
	 * @throws dev.migrate.revision.RevisionException if the target cannot be resolved or reached
	 * @throws dev.migrate.runtime.MigrationFailedException if a step fails
	 * @throws dev.migrate.runtime.LockTimeoutException if another run keeps the lock too long
	 */
	public MigrationResult upgrade(String target) {
		ScriptDirectory directory = this.scripts.get();
		MigrationPlanner planner = MigrationPlanner.of(directory);
		return migrator(directory).run((rows) -> planner.upgrade(rows, target), progress());
	}

	/**
	 * Downgrades the database, as {@code migrate downgrade TARGET}, logging
	 * {@code Running downgrade 1975ea83b712 -> 3512b954651e, Add priority to todos} for each step.
	 * Every script to revert is read before the first statement runs, so a revision without a
	 * downgrade section stops the run before anything changes.
	 * @param target {@code base}, {@code -1}, an id or prefix, {@code label@base}, ...
	 * @return what the run did
	 * @throws UnknownVersionException if the version table holds a revision no script defines
	 * @throws dev.migrate.script.IrreversibleRevisionException if a revision to revert has no
	 * downgrade section
	 * @throws dev.migrate.revision.RevisionException if the target cannot be resolved or is not
	 * below the current revisions
	 * @throws dev.migrate.runtime.MigrationFailedException if a step fails
	 * @throws dev.migrate.runtime.LockTimeoutException if another run keeps the lock too long
	 */
	public MigrationResult downgrade(String target) {
		ScriptDirectory directory = this.scripts.get();
		MigrationPlanner planner = MigrationPlanner.of(directory);
		return migrator(directory).run((rows) -> planner.downgrade(rows, target), progress());
	}

	/**
	 * Sets the version table to the given revisions without running any script, as
	 * {@code migrate stamp TARGET...}, logging {@code Running stamp_revision  -> 1975ea83b712}.
	 * @param targets the revisions; {@code base} empties the table
	 * @param purge whether to delete every row first, even rows no script knows
	 * @return what the run did
	 * @throws UnknownVersionException if the version table holds a revision no script defines
	 * and {@code purge} is not set
	 * @throws dev.migrate.revision.RevisionException if a target cannot be resolved
	 * @throws dev.migrate.runtime.LockTimeoutException if another run keeps the lock too long
	 */
	public MigrationResult stamp(List<String> targets, boolean purge) {
		ScriptDirectory directory = this.scripts.get();
		MigrationPlanner planner = MigrationPlanner.of(directory);
		List<String> copy = List.copyOf(targets);
		return migrator(directory).run((rows) -> planner.stamp(rows, copy, purge), progress());
	}

	/**
	 * Shows where the database stands, as {@code migrate current}: {@code 1975ea83b712 (head)}
	 * for each revision applied last on its branch (a revision that an applied one only depends
	 * on included, as in Alembic); nothing for an empty database.
	 * @param verbose whether to print {@code Current revision(s) for <url>:} and each revision's
	 * whole block
	 * @param checkHeads whether to fail unless the database is at every head
	 * @return the revisions shown
	 * @throws DatabaseNotAtHeadsException if {@code checkHeads} is set and {@code upgrade heads}
	 * would apply revisions
	 * @throws UnknownVersionException if the version table holds a revision no script defines
	 */
	public List<Revision> current(boolean verbose, boolean checkHeads) {
		ScriptDirectory directory = this.scripts.get();
		RevisionGraph graph = directory.graph();
		List<String> rows = currentRows(directory);
		if (verbose) {
			line("Current revision(s) for " + JdbcUrlMasker.mask(url()) + ":");
		}
		if (checkHeads && !MigrationPlanner.of(directory).upgrade(rows, "heads").isEmpty()) {
			throw new DatabaseNotAtHeadsException(rows, graph.realHeads());
		}
		RevisionFormatter formatter = RevisionFormatter.of(directory, Set.of());
		List<Revision> current = appliedTips(graph, rows);
		for (Revision revision : current) {
			line(verbose ? formatter.logEntry(revision.id()) : formatter.currentLine(revision.id()));
		}
		return current;
	}

	/**
	 * Shows the heads, as {@code migrate heads -i}: each head the database is at is marked
	 * {@code (current)}.
	 * @param verbose whether to print each head's whole block
	 * @param resolveDependencies whether revisions that others only depend on are left out
	 * @return the heads, in the order printed
	 * @throws UnknownVersionException if the version table holds a revision no script defines
	 */
	public List<Revision> heads(boolean verbose, boolean resolveDependencies) {
		ScriptDirectory directory = this.scripts.get();
		return this.scriptCommands.heads(directory, Set.copyOf(currentRows(directory)), verbose, resolveDependencies);
	}

	/**
	 * Shows the revisions of a range, newest first, as {@code migrate history}; connects only
	 * when the range uses {@code current} or {@code indicateCurrent} is set.
	 * @param range {@code start:end}, {@code start:} or {@code :end}, where either end may be
	 * {@code current} (the rows of the version table; an empty table makes {@code :current}
	 * empty and {@code current:} start at base); {@code null} for every revision
	 * @param verbose whether to print each revision's whole block
	 * @param indicateCurrent whether to mark the revisions of the version table {@code (current)}
	 * @return the revisions, in the order printed
	 * @throws CommandException if the range is malformed
	 * @throws UnknownVersionException if the version table holds a revision no script defines
	 */
	public List<Revision> history(@Nullable String range, boolean verbose, boolean indicateCurrent) {
		HistoryRange parsed = HistoryRange.parse(range);
		if (!parsed.mentionsCurrent() && !indicateCurrent) {
			return this.scriptCommands.history(range, verbose);
		}
		ScriptDirectory directory = this.scripts.get();
		RevisionGraph graph = directory.graph();
		List<String> rows = currentRows(directory);
		List<Revision> revisions;
		if ("current".equals(parsed.upper())) {
			revisions = graph.history(parsed.lower(), rows);
		}
		else if ("current".equals(parsed.lower())) {
			revisions = graph.history(rows, parsed.upper());
		}
		else {
			revisions = graph.history(parsed.lower(), parsed.upper());
		}
		RevisionFormatter formatter = RevisionFormatter.of(directory, indicateCurrent ? Set.copyOf(rows) : Set.of());
		for (Revision revision : revisions) {
			line(verbose ? formatter.logEntry(revision.id()) : formatter.historyLine(revision.id()));
		}
		return revisions;
	}

	/**
	 * Shows the block of each revision an identifier names, as {@code migrate show}; for
	 * {@code current}, the block of each revision in the version table.
	 * @param revision the identifier, or {@code current}
	 * @return the revisions shown
	 * @throws UnknownVersionException if the version table holds a revision no script defines
	 */
	public List<Revision> show(String revision) {
		if (!"current".equals(revision)) {
			return this.scriptCommands.show(revision);
		}
		ScriptDirectory directory = this.scripts.get();
		RevisionFormatter formatter = RevisionFormatter.of(directory, Set.of());
		List<Revision> shown = new ArrayList<>();
		for (String row : currentRows(directory)) {
			shown.add(directory.graph().get(row));
			line(formatter.logEntry(row));
		}
		return Collections.unmodifiableList(shown);
	}

	/**
	 * Reads the version table, checking that every row names a known revision.
	 */
	private List<String> currentRows(ScriptDirectory directory) {
		List<String> rows = List.copyOf(migrator(directory).currentRevisions());
		for (String row : rows) {
			if (directory.graph().find(row).isEmpty()) {
				throw new UnknownVersionException(row, rows);
			}
		}
		return rows;
	}

	/**
	 * Alembic's {@code get_all_current}: the rows and everything they stand on, dependencies
	 * included, less the revisions another of them revises. That leaves the rows, and the
	 * revisions that an applied revision only depends on and whose own branch goes no further.
	 * The rows come first, in table order, then those others in script order.
	 */
	private static List<Revision> appliedTips(RevisionGraph graph, List<String> rows) {
		Set<String> applied = new HashSet<>(rows);
		Deque<String> todo = new ArrayDeque<>(rows);
		while (!todo.isEmpty()) {
			String id = todo.pop();
			Revision revision = graph.get(id);
			for (String parent : revision.downRevisions()) {
				if (applied.add(parent)) {
					todo.push(parent);
				}
			}
			for (String dependency : graph.resolvedDependencies(id)) {
				if (applied.add(dependency)) {
					todo.push(dependency);
				}
			}
		}
		List<Revision> tips = new ArrayList<>();
		for (String row : rows) {
			if (isTip(graph, row, applied)) {
				tips.add(graph.get(row));
			}
		}
		for (Revision revision : graph.revisions()) {
			if (applied.contains(revision.id()) && !rows.contains(revision.id()) && isTip(graph, revision.id(), applied)) {
				tips.add(revision);
			}
		}
		return Collections.unmodifiableList(tips);
	}

	private static boolean isTip(RevisionGraph graph, String id, Set<String> applied) {
		return graph.nextRevisions(id).stream().noneMatch(applied::contains);
	}

	private Migrator migrator(ScriptDirectory directory) {
		return new Migrator(this.target.dataSource(), dialect(), directory, this.options);
	}

	private Dialect dialect() {
		Dialect known = this.dialect;
		if (known == null) {
			try (Connection connection = this.target.dataSource().getConnection()) {
				known = Dialects.forConnection(connection);
			}
			catch (SQLException ex) {
				throw new DatabaseAccessException("Could not connect to find out which database this is", ex);
			}
			this.dialect = known;
		}
		return known;
	}

	private String url() {
		if (this.target.url().isPresent()) {
			return this.target.url().get();
		}
		try (Connection connection = this.target.dataSource().getConnection()) {
			String url = connection.getMetaData().getURL();
			return (url != null) ? url : String.valueOf(this.target.dataSource());
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not connect to read the database's URL", ex);
		}
	}

	private MigrationListener progress() {
		PrintStream progress = this.output.progress();
		return MigrationListener.progress((line) -> {
			progress.print(line);
			progress.print('\n');
		});
	}

	/** Prints one result and a line break, as {@link MigrateCommands} does. */
	private void line(String text) {
		PrintStream results = this.output.results();
		results.print(text);
		results.print('\n');
	}

}
