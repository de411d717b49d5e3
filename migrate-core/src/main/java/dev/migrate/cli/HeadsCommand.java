package dev.migrate.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate heads}: the heads of the revision graph.
 */
@Command(name = "heads", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
		description = "Show the heads of the revision graph.")
final class HeadsCommand implements Callable<Integer> {

	private final MigrateCli cli;

	@Option(names = { "-v", "--verbose" }, description = "Show each head's whole block, as 'show' does.")
	private boolean verbose;

	@Option(names = "--resolve-dependencies",
			description = "Leave out revisions that others only depend on (the heads 'heads' means).")
	private boolean resolveDependencies;

	@Option(names = { "-i", "--indicate-current" },
			description = "Mark the heads the database is at (current); needs --url.")
	private boolean indicateCurrent;

	HeadsCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		if (this.indicateCurrent) {
			this.cli.database("heads -i").heads(this.verbose, this.resolveDependencies);
		}
		else {
			this.cli.commands().heads(this.verbose, this.resolveDependencies);
		}
		return 0;
	}

}
