package dev.migrate.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import dev.migrate.dialect.Dialect;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.script.Location;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.RevisionIdGenerator;
import dev.migrate.script.ScriptDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The commands of migrate, shared by every front end: each reads the script directory afresh,
 * prints its answer in Alembic's words to the results stream and returns what it printed.
 *
 * <p>Errors a user can cause are {@link dev.migrate.MigrateException}s whose message is one
 * line: the graph's own ({@link dev.migrate.revision.RevisionNotFoundException},
 * {@link dev.migrate.revision.MultipleHeadsException}, ...), the script layer's, and this
 * package's {@link CommandException}s.
 *
 * <p>These commands read scripts only. {@link #database(DatabaseTarget, MigrationOptions)} gives
 * the ones that work on a database ({@code upgrade}, {@code downgrade}, {@code stamp},
 * {@code current}) and {@link #offline(Dialect, MigrationOptions)} the ones that write offline
 * ({@code --sql}) scripts.
 *
 * <pre>{@code
 * MigrateCommands commands = MigrateCommands.forLocations(List.of(Location.parse("filesystem:db/migrate")),
 *         getClass().getClassLoader(), CommandOutput.system());
 * commands.history(null, false);
 * commands.database(DatabaseTarget.of(dataSource), MigrationOptions.defaults()).upgrade("head");
 * commands.offline(Dialects.forName("postgresql"), MigrationOptions.defaults()).upgrade("base:head");
 * }</pre>
 */
public final class MigrateCommands {

	private final Supplier<ScriptDirectory> scripts;

	private final CommandOutput output;

	private final RevisionGenerator generator;

	/**
	 * Creates the commands over scripts loaded by a supplier, called once per command.
	 * @param locations the script locations, where new revisions are written
	 * @param scripts loads the script directory of those locations
	 * @param output where results and progress go
	 */
	public MigrateCommands(List<Location> locations, Supplier<ScriptDirectory> scripts, CommandOutput output) {
		this(locations, scripts, output, Clock.systemDefaultZone(), new RevisionIdGenerator());
	}

	MigrateCommands(List<Location> locations, Supplier<ScriptDirectory> scripts, CommandOutput output, Clock clock,
			RevisionIdGenerator ids) {
		this.scripts = Objects.requireNonNull(scripts, "scripts");
		this.output = Objects.requireNonNull(output, "output");
		this.generator = new RevisionGenerator(locations, scripts, output.results(), clock, ids);
	}

	/**
	 * Creates the commands over the SQL scripts of some locations.
	 * @param locations where the scripts are
	 * @param classLoader the class loader whose class path {@code classpath:} locations are
	 * searched in
	 * @param output where results and progress go
	 * @return the commands
	 */
	public static MigrateCommands forLocations(List<Location> locations, ClassLoader classLoader,
			CommandOutput output) {
		return forLocations(locations, List.of(), classLoader, output);
	}

	/**
	 * Creates the commands over the SQL scripts of some locations and the Java revisions of some
	 * packages, in one graph.
	 * @param locations where the SQL scripts are; may be empty when every revision is a Java class
	 * @param javaPackages the packages the Java revisions are in, each with its sub-packages
	 * @param classLoader the class loader whose class path {@code classpath:} locations and the
	 * packages are searched in, and which loads the Java revisions
	 * @param output where results and progress go
	 * @return the commands
	 */
	public static MigrateCommands forLocations(List<Location> locations, List<String> javaPackages,
			ClassLoader classLoader, CommandOutput output) {
		List<Location> copy = List.copyOf(locations);
		List<String> packages = List.copyOf(javaPackages);
		return new MigrateCommands(copy, () -> ScriptDirectory.load(copy, packages, classLoader), output);
	}

	/**
	 * Shows the heads, as {@code migrate heads}: {@code 1975ea83b712 (todo) (head)}.
	 * @param verbose whether to print each head's whole block, as {@code show} does
	 * @param resolveDependencies whether revisions that others only depend on are left out (the
	 * heads {@code heads} resolves to); otherwise they show as {@code (effective head)}
	 * @return the heads, in the order printed
	 */
	public List<Revision> heads(boolean verbose, boolean resolveDependencies) {
		return heads(this.scripts.get(), Set.of(), verbose, resolveDependencies);
	}

	/** {@code heads}, marking {@code (current)} the heads in {@code current}. */
	List<Revision> heads(ScriptDirectory directory, Set<String> current, boolean verbose, boolean resolveDependencies) {
		RevisionGraph graph = directory.graph();
		RevisionFormatter formatter = RevisionFormatter.of(directory, current);
		List<Revision> heads = resolveDependencies ? graph.resolve("heads") : graph.heads().stream().map(graph::get).toList();
		for (Revision head : heads) {
			line(verbose ? formatter.logEntry(head.id()) : formatter.headLine(head.id()));
		}
		return heads;
	}

	/**
	 * Shows the branch points and the revisions they branch into, as {@code migrate branches}.
	 * @param verbose whether to print each branch point's whole block and each child's message
	 * @return the branch points, in the order printed
	 */
	public List<Revision> branches(boolean verbose) {
		Loaded loaded = load();
		RevisionGraph graph = loaded.graph();
		RevisionFormatter formatter = loaded.formatter();
		List<Revision> branchPoints = new ArrayList<>();
		for (Revision revision : graph.history("base", "heads")) {
			if (graph.isBranchPoint(revision.id())) {
				branchPoints.add(revision);
				String indent = " ".repeat(revision.id().length());
				StringBuilder text = new StringBuilder(
						verbose ? formatter.logEntry(revision.id()) : formatter.branchPointLine(revision.id()));
				text.append('\n');
				List<String> children = graph.nextRevisions(revision.id());
				for (int i = 0; i < children.size(); i++) {
					String child = children.get(i);
					text.append((i > 0) ? "\n" : "").append(indent).append(" -> ")
						.append(verbose ? formatter.verboseBranchChildLine(child) : formatter.branchChildLine(child));
				}
				line(text.append('\n').toString());
			}
		}
		return Collections.unmodifiableList(branchPoints);
	}

	/**
	 * Shows the revisions of a range, newest first, as {@code migrate history}:
	 * {@code 3512b954651e -> 1975ea83b712 (head), Add priority to todos}.
	 * @param range {@code start:end}, {@code start:} or {@code :end}; {@code null} for every
	 * revision
	 * @param verbose whether to print each revision's whole block
	 * @return the revisions, in the order printed
	 * @throws CommandException if the range is malformed
	 * @throws DatabaseRequiredException if the range uses {@code current}
	 */
	public List<Revision> history(@Nullable String range, boolean verbose) {
		HistoryRange parsed = HistoryRange.parse(range);
		if (parsed.mentionsCurrent()) {
			throw needsDatabase("History range '" + range + "' uses 'current', which");
		}
		Loaded loaded = load();
		List<Revision> revisions = loaded.graph().history(parsed.lower(), parsed.upper());
		for (Revision revision : revisions) {
			line(verbose ? loaded.formatter().logEntry(revision.id()) : loaded.formatter().historyLine(revision.id()));
		}
		return revisions;
	}

	/**
	 * Shows the block of each revision an identifier names, as {@code migrate show}: its id,
	 * parents, labels, path and description. {@code heads} shows every head; {@code base} shows
	 * nothing, as in Alembic.
	 * @param revision the identifier
	 * @return the revisions shown
	 * @throws DatabaseRequiredException for {@code current}
	 */
	public List<Revision> show(String revision) {
		if ("current".equals(revision)) {
			throw needsDatabase("'show current'");
		}
		Loaded loaded = load();
		List<Revision> revisions = loaded.graph().resolve(revision);
		for (Revision shown : revisions) {
			line(loaded.formatter().logEntry(shown.id()));
		}
		return revisions;
	}

	/**
	 * Draws the revision graph, as {@code migrate graph}: oldest at the bottom, heads, bases,
	 * branch and merge points marked, declared branch labels shown, {@code depends_on} dotted.
	 * @param format the language to draw in
	 * @return the drawing, also printed
	 */
	public String graph(GraphFormat format) {
		Loaded loaded = load();
		RevisionGraph graph = loaded.graph();
		List<Revision> oldestFirst = new ArrayList<>(graph.history("base", "heads"));
		Collections.reverse(oldestFirst);
		List<GraphNode> nodes = new ArrayList<>(oldestFirst.size());
		List<GraphEdge> edges = new ArrayList<>();
		for (Revision revision : oldestFirst) {
			nodes.add(GraphNode.of(graph, revision, loaded.directory().script(revision.id()).message()));
			for (String down : revision.downRevisions()) {
				edges.add(new GraphEdge(down, revision.id(), false));
			}
			for (String dependency : graph.resolvedDependencies(revision.id())) {
				if (!revision.downRevisions().contains(dependency)) {
					edges.add(new GraphEdge(dependency, revision.id(), true));
				}
			}
		}
		String drawing = switch (format) {
			case MERMAID -> MermaidRenderer.render(nodes, edges);
			case DOT -> DotRenderer.render(nodes, edges);
		};
		this.output.results().print(drawing);
		return drawing;
	}

	/**
	 * Writes a new SQL revision script, as {@code migrate revision}, with Alembic's rules: on
	 * the single head unless told otherwise, on a head unless spliced, dependencies written as
	 * full ids or branch labels, next to its parent when there are several file system locations.
	 * Prints {@code Generating <path> ...  done}.
	 * @param request what to create
	 * @return the new script, read back from its file
	 * @throws NewRevisionHeadsException if there are several heads and no head was named
	 * @throws NotAHeadException if a parent is not a head and the request does not splice
	 * @throws CommandException if the id is invalid or taken, or the directory is not a location
	 * @throws dev.migrate.revision.InvalidRevisionGraphException if the new revision would make
	 * the graph invalid (a branch label already in use)
	 */
	public MigrationScript revision(RevisionRequest request) {
		return this.generator.generate(request);
	}

	/**
	 * Writes the skeleton of a new Java revision, as {@code migrate revision --format java}: a
	 * class named after the message ({@code AddPriorityToTodos}) in a package under a source
	 * directory, annotated with its {@code @Revision}, with empty {@code upgrade} and
	 * {@code downgrade} methods. The same rules as for an SQL script choose its parents and
	 * check its id, labels and dependencies. Prints {@code Generating <path> ...  done}.
	 * @param request what to create; its version path is not used
	 * @param sourceDirectory the root of the Java sources, such as {@code src/main/java}
	 * @param packageName the package of the new class; it must be one the Java revisions are
	 * found in, or the new revision will not be
	 * @return the new revision, its origin the new class's name
	 * @throws NewRevisionHeadsException if there are several heads and no head was named
	 * @throws NotAHeadException if a parent is not a head and the request does not splice
	 * @throws CommandException if the id is invalid or taken
	 * @throws dev.migrate.script.ScriptWriteException if the class's file exists already
	 */
	public Revision javaRevision(RevisionRequest request, Path sourceDirectory, String packageName) {
		return this.generator.generateJava(request, sourceDirectory, packageName);
	}

	/**
	 * Writes a revision that merges others, as {@code migrate merge}; each must be a head.
	 * @param revisions the revisions to merge, or {@code heads} for every head
	 * @param message the message; blank for Alembic's {@code empty message}
	 * @param branchLabels branch labels for the merge revision
	 * @param revId the id to use, or {@code null} to generate one
	 * @return the new script, read back from its file
	 * @throws NotAHeadException if one of the revisions is not a head
	 */
	public MigrationScript merge(List<String> revisions, String message, List<String> branchLabels,
			@Nullable String revId) {
		if (revisions.isEmpty()) {
			throw new CommandException("Name the revisions to merge, or 'heads' for every head");
		}
		return this.generator.generate(
				RevisionRequest.of(message).withHeads(revisions).withBranchLabels(branchLabels).withRevId(revId));
	}

	/**
	 * Returns the commands that work on a database: {@code upgrade}, {@code downgrade},
	 * {@code stamp}, {@code current}, and {@code history} and {@code show} with the current
	 * revisions. They read the scripts of these commands and write to the same output.
	 * @param target the database
	 * @param options the transaction mode, table names, lock timeout and user of runs
	 * @return the database commands
	 */
	public DatabaseCommands database(DatabaseTarget target, MigrationOptions options) {
		return new DatabaseCommands(this, this.scripts, this.output, target, options);
	}

	/**
	 * Returns the commands that write offline ({@code --sql}) scripts for a kind of database,
	 * without a connection.
	 * @param dialect the database the scripts are for
	 * @param options the transaction mode and the version table's name
	 * @return the offline commands
	 */
	public OfflineCommands offline(Dialect dialect, MigrationOptions options) {
		return new OfflineCommands(this.scripts, this.output, dialect, options);
	}

	private Loaded load() {
		ScriptDirectory directory = this.scripts.get();
		return new Loaded(directory, RevisionFormatter.of(directory, Set.of()));
	}

	/** Prints one result, as Alembic's {@code print_stdout} does: the text and a line break. */
	private void line(String text) {
		PrintStream results = this.output.results();
		results.print(text);
		results.print('\n');
	}

	/** {@code what} reads as the subject of "needs a database". */
	private static DatabaseRequiredException needsDatabase(String what) {
		return new DatabaseRequiredException(what + " needs a database: give its JDBC URL with --url");
	}

	/** One load of the scripts and the formatter over it. */
	private record Loaded(ScriptDirectory directory, RevisionFormatter formatter) {

		RevisionGraph graph() {
			return this.directory.graph();
		}

	}

}
