package dev.migrate.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code migrate show REV}: the block of a revision.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
		description = "Show the revision(s) an identifier names: id, parents, labels, path and description.")
final class ShowCommand implements Callable<Integer> {

	private final MigrateCli cli;

	@Parameters(paramLabel = "REV", description = "A revision id or unique prefix, a branch label, head, heads,"
			+ " label@head, ...; current (with --url) for the revisions the database is at.")
	private String revision = "";

	ShowCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		if (this.cli.hasDatabase()) {
			this.cli.database("show current").show(this.revision);
		}
		else {
			this.cli.commands().show(this.revision);
		}
		return 0;
	}

}
