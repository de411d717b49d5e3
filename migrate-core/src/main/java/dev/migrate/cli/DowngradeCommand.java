package dev.migrate.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code migrate downgrade TARGET [--sql]}: moves the database down to a revision, or prints the
 * SQL script that would.
 */
@Command(name = "downgrade", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
		description = "Revert the database to an earlier revision; with --sql, print the SQL script instead.")
final class DowngradeCommand implements Callable<Integer> {

	private final MigrateCli cli;

	@Parameters(paramLabel = "TARGET", description = { "base, -N, an id or unique prefix, label@base, label@-N, id-N.",
			"With --sql, START:TARGET (offline, the start cannot be read from the database)." })
	private String target = "";

	@Option(names = "--sql", description = "Print the SQL script to standard output instead of running it; needs no"
			+ " connection (--dialect, or the --url scheme, names the database).")
	private boolean sql;

	DowngradeCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		if (this.sql) {
			this.cli.offline("downgrade --sql").downgrade(this.target);
		}
		else {
			this.cli.database("downgrade").downgrade(this.target);
		}
		return 0;
	}

}
