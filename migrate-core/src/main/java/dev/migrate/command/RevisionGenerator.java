package dev.migrate.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.migrate.revision.MultipleHeadsException;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.script.JavaRevisionWriter;
import dev.migrate.script.Location;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.NewRevision;
import dev.migrate.script.RevisionIdGenerator;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptWriteException;
import dev.migrate.script.SqlRevisionScript;
import dev.migrate.script.SqlRevisionWriter;
import org.jspecify.annotations.Nullable;

/**
 * Creates new revision scripts with Alembic's rules ({@code ScriptDirectory.generate_revision}):
 * which parents, which dependencies, which directory, and a check that the graph stays valid
 * before anything is written.
 */
final class RevisionGenerator {

	private static final String EMPTY_MESSAGE = "empty message";

	private final List<Location> locations;

	private final Supplier<ScriptDirectory> scripts;

	private final PrintStream results;

	private final Clock clock;

	private final RevisionIdGenerator ids;

	private final SqlRevisionWriter writer = new SqlRevisionWriter();

	private final JavaRevisionWriter javaWriter = new JavaRevisionWriter();

	RevisionGenerator(List<Location> locations, Supplier<ScriptDirectory> scripts, PrintStream results, Clock clock,
			RevisionIdGenerator ids) {
		this.locations = List.copyOf(locations);
		this.scripts = scripts;
		this.results = results;
		this.clock = clock;
		this.ids = ids;
	}

	MigrationScript generate(RevisionRequest request) {
		if (request.revId() != null && !Revision.isValidId(request.revId())) {
			throw new CommandException("Invalid revision id '" + request.revId()
					+ "': use 1 to 32 letters, digits or underscores");
		}
		Path chosenDirectory = directoryKnownBeforeLoading(request.versionPath());
		if (chosenDirectory != null) {
			ensureDirectory(chosenDirectory);
		}
		ScriptDirectory directory = this.scripts.get();
		RevisionGraph graph = directory.graph();
		String id = (request.revId() != null) ? unused(request.revId(), directory)
				: this.ids.generate((candidate) -> graph.find(candidate).isPresent());
		List<String> parents = parents(graph, request);
		List<String> dependsOn = dependencies(graph, request.dependsOn());
		Path target = (chosenDirectory != null) ? chosenDirectory : directoryOfParents(directory, parents);
		String message = request.message().isBlank() ? EMPTY_MESSAGE : request.message();
		NewRevision revision = new NewRevision(id, message, parents, request.branchLabels(), dependsOn,
				LocalDateTime.now(this.clock));
		Path file = target.resolve(this.writer.fileName(revision));
		checkGraph(graph, revision, file);
		return write(revision, target, file);
	}

	/**
	 * Writes the skeleton of a Java revision into a package under a source directory, with the
	 * same rules as an SQL script for its id, parents and dependencies.
	 */
	Revision generateJava(RevisionRequest request, Path sourceDirectory, String packageName) {
		if (request.revId() != null && !Revision.isValidId(request.revId())) {
			throw new CommandException("Invalid revision id '" + request.revId()
					+ "': use 1 to 32 letters, digits or underscores");
		}
		ScriptDirectory directory = this.scripts.get();
		RevisionGraph graph = directory.graph();
		String id = (request.revId() != null) ? unused(request.revId(), directory)
				: this.ids.generate((candidate) -> graph.find(candidate).isPresent());
		String message = request.message().isBlank() ? EMPTY_MESSAGE : request.message();
		NewRevision revision = new NewRevision(id, message, parents(graph, request), request.branchLabels(),
				dependencies(graph, request.dependsOn()), LocalDateTime.now(this.clock));
		String className = packageName + "." + this.javaWriter.className(revision);
		Revision node = new Revision(revision.id(), revision.downRevisions(), revision.branchLabels(),
				revision.dependsOn(), className);
		List<Revision> revisions = new ArrayList<>(graph.revisions());
		revisions.add(node);
		RevisionGraph.of(revisions);
		Path file = sourceDirectory.resolve(packageName.replace('.', '/'))
			.resolve(this.javaWriter.className(revision) + ".java");
		status("Generating " + file.toAbsolutePath().normalize(),
				() -> this.javaWriter.write(revision, sourceDirectory, packageName));
		return node;
	}

	// ---------------------------------------------------------------- parents and dependencies

	private static List<String> parents(RevisionGraph graph, RevisionRequest request) {
		List<Revision> heads;
		try {
			heads = graph.resolve(request.heads());
		}
		catch (MultipleHeadsException ex) {
			throw new NewRevisionHeadsException(ex.heads(), ex.argument());
		}
		List<String> parents = new ArrayList<>(heads.size());
		Set<String> seen = new HashSet<>();
		for (Revision head : heads) {
			if (!seen.add(head.id())) {
				throw new CommandException("Duplicate head revisions specified: " + head.id() + " is named twice in "
						+ String.join(", ", request.heads()));
			}
			if (!request.splice() && !graph.isHead(head.id())) {
				throw new NotAHeadException(head.id());
			}
			parents.add(head.id());
		}
		return parents;
	}

	/** Partial ids become full ids; branch labels stay labels, as Alembic writes them. */
	private static List<String> dependencies(RevisionGraph graph, List<String> dependsOn) {
		List<String> resolved = new ArrayList<>(dependsOn.size());
		for (String dependency : dependsOn) {
			Revision revision = graph.resolveOne(dependency).orElseThrow(() -> new CommandException(
					"Cannot depend on '" + dependency + "': it names no revision; depend on a revision id or branch label"));
			String written = graph.branchLabels(revision.id()).contains(dependency) ? dependency : revision.id();
			if (!resolved.contains(written)) {
				resolved.add(written);
			}
		}
		return resolved;
	}

	private static String unused(String revId, ScriptDirectory directory) {
		if (directory.graph().find(revId).isPresent()) {
			throw new CommandException("Revision id '" + revId + "' is already used by "
					+ directory.script(revId).origin() + "; choose another --rev-id");
		}
		return revId;
	}

	/**
	 * Builds the graph the new revision would make, so that a label already in use or any other
	 * conflict is reported before a file is written.
	 */
	private static void checkGraph(RevisionGraph graph, NewRevision revision, Path file) {
		List<Revision> revisions = new ArrayList<>(graph.revisions());
		revisions.add(new Revision(revision.id(), revision.downRevisions(), revision.branchLabels(),
				revision.dependsOn(), file.toString()));
		RevisionGraph.of(revisions);
	}

	// ---------------------------------------------------------------- where to write

	/**
	 * The directory to write into when it can be told from the locations alone, so that it can
	 * be created before the scripts are loaded; {@code null} when it depends on the parents.
	 */
	private @Nullable Path directoryKnownBeforeLoading(@Nullable Path versionPath) {
		List<Path> directories = filesystemDirectories();
		if (versionPath != null) {
			return checkVersionPath(versionPath, directories);
		}
		if (directories.isEmpty()) {
			throw new CommandException("No file system location to write the new revision into (the locations are "
					+ describeLocations() + "); give --version-path with the source directory of a class path location,"
					+ " such as src/main/resources/db/migrate");
		}
		return (directories.size() == 1) ? directories.get(0) : null;
	}

	private Path checkVersionPath(Path versionPath, List<Path> directories) {
		Path normalized = versionPath.toAbsolutePath().normalize();
		if (directories.contains(normalized)) {
			return normalized;
		}
		if (directories.isEmpty()) {
			for (Location location : this.locations) {
				if (normalized.endsWith(Path.of(location.path()))) {
					return normalized;
				}
			}
			throw new CommandException("Path " + versionPath + " is not the source directory of any class path location ("
					+ describeLocations() + "): scripts written there would never be found");
		}
		throw new CommandException("Path " + versionPath + " is not represented in current version locations ("
				+ describeLocations() + ")");
	}

	/** Alembic's rule: next to the first parent, when it lies in a file system location. */
	private Path directoryOfParents(ScriptDirectory directory, List<String> parents) {
		List<Path> directories = filesystemDirectories();
		for (String parent : parents) {
			Optional<Path> location = locationHolding(directories, directory.script(parent));
			if (location.isPresent()) {
				return location.get();
			}
		}
		return directories.get(0);
	}

	private static Optional<Path> locationHolding(List<Path> directories, MigrationScript script) {
		Path file = Path.of(script.origin()).toAbsolutePath().normalize();
		return directories.stream().filter(file::startsWith).findFirst();
	}

	private List<Path> filesystemDirectories() {
		return this.locations.stream()
			.filter((location) -> location.type() == Location.Type.FILESYSTEM)
			.map((location) -> Path.of(location.path()).toAbsolutePath().normalize())
			.distinct()
			.toList();
	}

	private String describeLocations() {
		return this.locations.stream().map(Location::toString).collect(Collectors.joining(", "));
	}

	// ---------------------------------------------------------------- writing

	private void ensureDirectory(Path directory) {
		if (!Files.exists(directory)) {
			status("Creating directory " + directory, () -> {
				try {
					Files.createDirectories(directory);
				}
				catch (IOException ex) {
					throw new ScriptWriteException("Could not create directory " + directory + ": " + ex.getMessage(), ex);
				}
				return directory;
			});
		}
	}

	private MigrationScript write(NewRevision revision, Path directory, Path file) {
		status("Generating " + file.toAbsolutePath().normalize(), () -> this.writer.write(revision, directory));
		return SqlRevisionScript.load(file);
	}

	/** Alembic's {@code util.status}: the action, then {@code done} or {@code FAILED} on the same line. */
	private <T> T status(String action, Supplier<T> work) {
		this.results.print(action + " ...");
		this.results.flush();
		try {
			T result = work.get();
			this.results.print("  done\n");
			return result;
		}
		catch (RuntimeException ex) {
			this.results.print("  FAILED\n");
			throw ex;
		}
	}

}
