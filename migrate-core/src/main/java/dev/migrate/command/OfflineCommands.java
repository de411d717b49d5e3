package dev.migrate.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.migrate.dialect.Dialect;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.runtime.MigrationPlan;
import dev.migrate.runtime.MigrationPlanner;
import dev.migrate.runtime.OfflineSqlWriter;
import dev.migrate.runtime.PlannedStep;
import dev.migrate.script.ScriptDirectory;

/**
 * The offline ({@code --sql}) forms of {@code upgrade}, {@code downgrade} and {@code stamp}: each
 * prints to the results stream, and nothing else, the SQL script that would take a database
 * from the start of a range to its end (see {@link OfflineSqlWriter} for what it holds), and
 * logs the {@code Running ...} line of each step to the progress stream. No connection is made:
 * the start of the range stands for the rows of the version table.
 *
 * <p>Obtained from {@link MigrateCommands#offline(Dialect, MigrationOptions)}.
 *
 * <pre>{@code
 * commands.offline(Dialects.forName("postgresql"), MigrationOptions.defaults()).upgrade("base:head");
 * }</pre>
 */
public final class OfflineCommands {

	private final Supplier<ScriptDirectory> scripts;

	private final CommandOutput output;

	private final Dialect dialect;

	private final MigrationOptions options;

	OfflineCommands(Supplier<ScriptDirectory> scripts, CommandOutput output, Dialect dialect, MigrationOptions options) {
		this.scripts = scripts;
		this.output = output;
		this.dialect = Objects.requireNonNull(dialect, "dialect");
		this.options = Objects.requireNonNull(options, "options");
	}

	/**
	 * Prints the script of {@code migrate upgrade RANGE --sql}; a run from base starts by
	 * creating the version table.
	 * @param range {@code start:end}, or {@code end} for a run from base
	 * @return the script printed
	 * @throws dev.migrate.runtime.InvalidRangeException if the range is malformed
	 * @throws dev.migrate.revision.RevisionException if an end cannot be resolved or reached
	 */
	public String upgrade(String range) {
		return write((planner) -> planner.offlineUpgrade(range));
	}

	/**
	 * Prints the script of {@code migrate downgrade START:END --sql}.
	 * @param range {@code start:end}: offline, the start cannot be read from a database
	 * @return the script printed
	 * @throws dev.migrate.runtime.InvalidRangeException if the range is malformed or not a range
	 * @throws dev.migrate.script.IrreversibleRevisionException if a revision to revert has no
	 * downgrade section
	 * @throws dev.migrate.revision.RevisionException if an end cannot be resolved, or the end is
	 * not below the start
	 */
	public String downgrade(String range) {
		return write((planner) -> planner.offlineDowngrade(range));
	}

	/**
	 * Prints the script of {@code migrate stamp TARGET... --sql}.
	 * @param targets the revisions, each optionally prefixed by the same {@code start:}; without a
	 * start the version table is created first
	 * @return the script printed
	 * @throws dev.migrate.runtime.InvalidRangeException if the targets name different starts
	 * @throws dev.migrate.revision.RevisionException if a revision cannot be resolved
	 */
	public String stamp(List<String> targets) {
		List<String> copy = List.copyOf(targets);
		return write((planner) -> planner.offlineStamp(copy));
	}

	private String write(Function<MigrationPlanner, MigrationPlan> planning) {
		ScriptDirectory directory = this.scripts.get();
		MigrationPlan plan = planning.apply(MigrationPlanner.of(directory));
		String script = new OfflineSqlWriter(this.dialect, directory, this.options).write(plan);
		PrintStream progress = this.output.progress();
		for (PlannedStep step : plan.steps()) {
			progress.print(step.step().logLine());
			progress.print('\n');
		}
		this.output.results().print(script);
		this.output.results().flush();
		return script;
	}

}
