package dev.migrate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.migrate.command.CommandException;
import dev.migrate.command.RevisionRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate revision}: a new SQL revision script, or the skeleton of a Java revision.
 */
@Command(name = "revision", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
		description = "Create a new SQL revision script <rev>_<slug>.sql, or with --format java a Java revision class.")
final class RevisionCommand implements Callable<Integer> {

	/** Where Maven and Gradle keep a project's Java sources. */
	static final String DEFAULT_JAVA_SOURCE = "src/main/java";

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

	@Option(names = "--format", paramLabel = "FORMAT", description = "sql (the default) or java: a class named"
			+ " after the message, annotated @Revision, with empty upgrade and downgrade methods.")
	private Format format = Format.SQL;

	@Option(names = "--java-package", paramLabel = "PACKAGE", description = { "With --format java: the package of the"
			+ " new class, one of --java-packages or inside one.", "Default: the first of --java-packages." })
	private @Nullable String javaPackage;

	@Option(names = "--java-source", paramLabel = "DIR", description = { "With --format java: the root of the Java"
			+ " sources.", "Default: src/main/java." })
	private Path javaSource = Path.of(DEFAULT_JAVA_SOURCE);

	RevisionCommand(MigrateCli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		RevisionRequest request = RevisionRequest.of(this.message).withHead(this.head).withSplice(this.splice)
			.withBranchLabels(this.branchLabels).withDependsOn(this.dependsOn).withRevId(this.revId)
			.withVersionPath(this.versionPath);
		if (this.format == Format.JAVA) {
			this.cli.commands().javaRevision(request, this.cli.workingDirectory().resolve(this.javaSource), javaPackage());
		}
		else {
			this.cli.commands().revision(request);
		}
		return 0;
	}

	/**
	 * Returns the package of a new Java revision, which must be one migrate searches.
	 */
	private String javaPackage() {
		List<String> packages = this.cli.javaPackages();
		String chosen = this.javaPackage;
		if (chosen == null) {
			if (packages.isEmpty()) {
				throw new CommandException("'revision --format java' needs the package of the new class: give"
						+ " --java-package PACKAGE, or the packages of the Java revisions with --java-packages");
			}
			return packages.get(0);
		}
		String named = chosen.strip();
		if (!packages.isEmpty()
				&& packages.stream().noneMatch((each) -> named.equals(each) || named.startsWith(each + "."))) {
			throw new CommandException("Package " + named + " is not one of the packages of Java revisions ("
					+ String.join(", ", packages) + "): the new revision would not be found");
		}
		return named;
	}

	/**
	 * The formats of a new revision.
	 */
	enum Format {

		/** An SQL revision script. */
		SQL,

		/** A Java revision class. */
		JAVA

	}

}
