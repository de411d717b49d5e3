package dev.migrate.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate branches}: the branch points and what they branch into.
 */
@Command(name = "branches", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
		description = "Show the branch points and the revisions they branch into.")
final class BranchesCommand implements Callable<Integer> {

	private final MigrateCli cli;

	@Option(names = { "-v", "--verbose" }, description = "Show each branch point's whole block and each child's message.")
	private boolean verbose;

	BranchesCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		this.cli.commands().branches(this.verbose);
		return 0;
	}

}
