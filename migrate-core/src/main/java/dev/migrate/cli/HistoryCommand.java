package dev.migrate.cli;

import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate history}: the revisions, newest first, with {@code -i} marking those the database
 * is at.
 */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
		description = "List the revisions, newest first.")
final class HistoryCommand implements Callable<Integer> {

	private final MigrateCli cli;

	@Option(names = { "-r", "--rev-range" }, paramLabel = "RANGE",
			description = { "Only the revisions from START to END, written START:END, START: or :END; a missing"
					+ " START means base, a missing END means heads; either may be current (needs --url).",
					"Examples: -r ae1027a6acf:head, -r-2:head, -r current:." })
	private @Nullable String range;

	@Option(names = { "-v", "--verbose" }, description = "Show each revision's whole block, as 'show' does.")
	private boolean verbose;

	@Option(names = { "-i", "--indicate-current" },
			description = "Mark the revisions the database is at (current); needs --url.")
	private boolean indicateCurrent;

	HistoryCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		if (this.indicateCurrent || this.cli.hasDatabase()) {
			// connects only for -i or a range with current
			this.cli.database("history -i").history(this.range, this.verbose, this.indicateCurrent);
		}
		else {
			this.cli.commands().history(this.range, this.verbose);
		}
		return 0;
	}

}
