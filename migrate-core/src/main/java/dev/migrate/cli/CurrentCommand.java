package dev.migrate.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate current [-v] [--check-heads]}: the revisions the database is at.
 */
@Command(name = "current", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
		description = "Show the revisions the database is at.")
final class CurrentCommand implements Callable<Integer> {

	private final MigrateCli cli;

	@Option(names = { "-v", "--verbose" }, description = "Name the database and show each revision's whole block.")
	private boolean verbose;

	@Option(names = "--check-heads", description = "Fail (exit code 1) unless the database is at every head.")
	private boolean checkHeads;

	CurrentCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		this.cli.database("current").current(this.verbose, this.checkHeads);
		return 0;
	}

}
