package dev.migrate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code migrate merge REV... | heads}: a revision that merges heads.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
		description = "Create a revision that merges heads into one.")
final class MergeCommand implements Callable<Integer> {

	private final MigrateCli cli;

	@Parameters(paramLabel = "REV", arity = "1..*", description = "The heads to merge, or heads for every head.")
	private List<String> revisions = new ArrayList<>();

	@Option(names = { "-m", "--message" }, paramLabel = "MESSAGE", description = "The merge revision's message.")
	private String message = "";

	@Option(names = "--branch-label", paramLabel = "LABEL", split = ",",
			description = "A branch label for the merge revision; may be repeated.")
	private List<String> branchLabels = new ArrayList<>();

	@Option(names = "--rev-id", paramLabel = "ID",
			description = "The revision id to use instead of a generated one: 1 to 32 letters, digits or underscores.")
	private @Nullable String revId;

	MergeCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		this.cli.commands().merge(this.revisions, this.message, this.branchLabels, this.revId);
		return 0;
	}

}
