package dev.migrate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.migrate.command.RevisionRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate revision}: a new SQL revision script.
 */
@Command(name = "revision", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
		description = "Create a new SQL revision script <rev>_<slug>.sql.")
final class RevisionCommand implements Callable<Integer> {

	private final MigrateCli cli;

	@Option(names = { "-m", "--message" }, paramLabel = "MESSAGE", description = "The revision's message.")
	private String message = "";

	@Option(names = "--head", paramLabel = "REV", description = { "What the new revision revises: a head, label@head,"
			+ " or base for a new base. Default: head (an error when there are several heads)." })
	private String head = "head";

	@Option(names = "--splice", description = "Allow --head to name a revision that is not a head (a new branch).")
	private boolean splice;

	@Option(names = "--branch-label", paramLabel = "LABEL", split = ",",
			description = "A branch label for the new revision; may be repeated.")
	private List<String> branchLabels = new ArrayList<>();

	@Option(names = "--depends-on", paramLabel = "REV", split = ",",
			description = "A revision (id, unique prefix or branch label) the new revision depends on; may be repeated.")
	private List<String> dependsOn = new ArrayList<>();

	@Option(names = "--rev-id", paramLabel = "ID",
			description = "The revision id to use instead of a generated one: 1 to 32 letters, digits or underscores.")
	private @Nullable String revId;

	@Option(names = "--version-path", paramLabel = "DIR", description = { "The directory to write into: one of the"
			+ " filesystem: locations, or with only classpath: locations, the source directory of one.",
			"Default: the directory of the new revision's parent, else the first filesystem: location." })
	private @Nullable Path versionPath;

	RevisionCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		this.cli.commands().revision(RevisionRequest.of(this.message).withHead(this.head).withSplice(this.splice)
			.withBranchLabels(this.branchLabels).withDependsOn(this.dependsOn).withRevId(this.revId)
			.withVersionPath(this.versionPath));
		return 0;
	}

}
