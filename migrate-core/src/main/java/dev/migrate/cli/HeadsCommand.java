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

	HeadsCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		this.cli.commands().heads(this.verbose, this.resolveDependencies);
		return 0;
	}

}
