package dev.migrate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code migrate stamp TARGET... [--purge] [--sql]}: sets the version table without running any
 * script, or prints the SQL that would.
 */
@Command(name = "stamp", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
		description = "Set the version table to the given revisions without running any script; with --sql, print"
				+ " the SQL instead.")
final class StampCommand implements Callable<Integer> {

	private final MigrateCli cli;

	@Spec
	private @Nullable CommandSpec spec;

	@Parameters(paramLabel = "TARGET", arity = "1..*", description = { "Revisions: ids or prefixes, head, heads,"
			+ " label@head, base (which empties the table).",
			"With --sql each may start with the same START: (the revision the database is at)." })
	private List<String> targets = new ArrayList<>();

	@Option(names = "--purge", description = "Delete every row of the version table first, even rows no script"
			+ " knows.")
	private boolean purge;

	@Option(names = "--sql", description = "Print the SQL to standard output instead of running it; needs no"
			+ " connection (--dialect, or the --url scheme, names the database).")
	private boolean sql;

	StampCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		if (this.sql && this.purge) {
			if (this.spec == null) {
				throw new IllegalStateException("picocli did not inject the command spec");
			}
			throw new ParameterException(this.spec.commandLine(), "--purge cannot be used with --sql: an offline script"
					+ " does not know which rows it would delete; stamp with START:TARGET instead");
		}
		if (this.sql) {
			this.cli.offline("stamp --sql").stamp(this.targets);
		}
		else {
			this.cli.database("stamp").stamp(this.targets, this.purge);
		}
		return 0;
	}

}
