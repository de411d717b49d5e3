package dev.migrate.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code migrate upgrade TARGET [--sql]}: moves the database up to a revision, or prints the SQL
 * script that would.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
		description = "Upgrade the database to a later revision; with --sql, print the SQL script instead.")
final class UpgradeCommand implements Callable<Integer> {

	private final MigrateCli cli;

	@Parameters(paramLabel = "TARGET", description = { "head, heads, an id or unique prefix, label@head, +N, id+N.",
			"With --sql, also START:TARGET; without a start the script starts at base." })
	private String target = "";

	@Option(names = "--sql", description = "Print the SQL script to standard output instead of running it; needs no"
			+ " connection (--dialect, or the --url scheme, names the database).")
	private boolean sql;

	UpgradeCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		if (this.sql) {
			this.cli.offline("upgrade --sql").upgrade(this.target);
		}
		else {
			this.cli.database("upgrade").upgrade(this.target);
		}
		return 0;
	}

}
