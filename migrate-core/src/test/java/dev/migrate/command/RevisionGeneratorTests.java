package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.revision.InvalidRevisionGraphException;
import dev.migrate.revision.MultipleHeadsException;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.RevisionNotFoundException;
import dev.migrate.script.Location;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.RevisionIdGenerator;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.SqlRevisionScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrate.command.ScriptFiles.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RevisionGenerator}: {@code revision} and {@code merge} follow Alembic's
 * rules and write scripts whose headers parse back into the expected graph.
 */
class RevisionGeneratorTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	private final ByteArrayOutputStream results = new ByteArrayOutputStream();

	private final List<URLClassLoader> classLoaders = new ArrayList<>();

	@AfterEach
	void closeClassLoaders() throws IOException {
		for (URLClassLoader classLoader : this.classLoaders) {
			classLoader.close();
		}
	}

	private RevisionGenerator generatorFor(List<Location> locations, ClassLoader classLoader) {
		return new RevisionGenerator(locations, () -> ScriptDirectory.load(locations, classLoader),
				new PrintStream(this.results, true, StandardCharsets.UTF_8), CLOCK, new RevisionIdGenerator());
	}

	private RevisionGenerator generator() {
		return generatorFor(List.of(Location.filesystem(this.directory)), getClass().getClassLoader());
	}

	private MigrationScript generate(RevisionRequest request) {
		return generator().generate(request);
	}

	private RevisionGraph graph() {
		return ScriptDirectory.load(List.of(Location.filesystem(this.directory)), getClass().getClassLoader()).graph();
	}

	private String results() {
		return this.results.toString(StandardCharsets.UTF_8);
	}

	@Test
	void firstRevisionIsABaseAndItsFileIsAnnouncedLikeAlembicDoes() throws IOException {
		ScriptFiles.write(this.directory);
		MigrationScript script = generate(RevisionRequest.of("Create todos").withRevId("3512b954651e"));
		Path file = this.directory.resolve("3512b954651e_create_todos.sql");
		assertThat(results()).isEqualTo("Generating " + file.toAbsolutePath() + " ...  done\n");
		assertThat(script.revision().isBase()).isTrue();
		assertThat(script.message()).isEqualTo("Create todos");
		assertThat(Files.readString(file)).isEqualTo("""
				-- Create todos
				--
				-- Revision ID: 3512b954651e
				-- Revises:
				-- Create Date: 2026-11-21 10:00:00.000000
				-- Branch Labels:
				-- Depends On:

				-- migrate:upgrade

				-- migrate:downgrade
				""");
	}

	@Test
	void generatedIdIsTwelveHexDigits() {
		ScriptFiles.write(this.directory);
		MigrationScript script = generate(RevisionRequest.of("Create todos"));
		assertThat(script.id()).matches("[0-9a-f]{12}");
		assertThat(this.directory.resolve(script.id() + "_create_todos.sql")).exists();
	}

	@Test
	void revisionBuildsOnTheSingleHead() {
		ScriptFiles.write(this.directory, script("aaaa", "One"), script("bbbb", "Two").revises("aaaa"));
		MigrationScript script = generate(RevisionRequest.of("Three").withRevId("cccc"));
		assertThat(script.revision().downRevisions()).containsExactly("bbbb");
		assertThat(graph().heads()).containsExactly("cccc");
	}

	@Test
	void blankMessageBecomesAlembicsEmptyMessage() {
		ScriptFiles.write(this.directory);
		MigrationScript script = generate(RevisionRequest.of(" ").withRevId("aaaa"));
		assertThat(script.message()).isEqualTo("empty message");
		assertThat(script.origin()).endsWith("aaaa_empty_message.sql");
	}

	@Test
	void revisionWithSeveralHeadsAsksForAHeadOrAMergeInAlembicsWords() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(NewRevisionHeadsException.class)
			.isThrownBy(() -> generate(RevisionRequest.of("More").withRevId("dddd")))
			.isInstanceOf(MultipleHeadsException.class)
			.withMessage("Multiple heads are present; please specify the head revision on which the new revision"
					+ " should be based, or perform a merge.")
			.satisfies((ex) -> assertThat(ex.heads()).containsExactly("1975ea83b712", "7c8d9e0f1a2b"));
		assertThat(this.directory.resolve("dddd_more.sql")).doesNotExist();
	}

	@Test
	void revisionOnALabelledBranchHeadExtendsThatBranch() {
		ScriptFiles.todoApp(this.directory);
		MigrationScript script = generate(RevisionRequest.of("Todo due date").withHead("todo@head").withRevId("dddd"));
		assertThat(script.revision().downRevisions()).containsExactly("1975ea83b712");
		RevisionGraph graph = graph();
		assertThat(graph.heads()).containsExactly("7c8d9e0f1a2b", "dddd");
		assertThat(graph.branchLabels("dddd")).containsExactly("todo");
	}

	@Test
	void revisionOnARevisionThatIsNotAHeadNeedsSplice() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(NotAHeadException.class)
			.isThrownBy(() -> generate(RevisionRequest.of("Fork").withHead("27c6").withRevId("dddd")))
			.withMessage("Revision 27c6a30d7c24 is not a head revision; please specify --splice to create a new"
					+ " branch from this revision")
			.satisfies((ex) -> assertThat(ex.revision()).isEqualTo("27c6a30d7c24"));
	}

	@Test
	void splicedRevisionStartsANewBranch() {
		ScriptFiles.todoApp(this.directory);
		generate(RevisionRequest.of("Fork").withHead("27c6").withSplice(true).withRevId("dddd"));
		RevisionGraph graph = graph();
		assertThat(graph.isBranchPoint("27c6a30d7c24")).isTrue();
		assertThat(graph.heads()).containsExactly("1975ea83b712", "7c8d9e0f1a2b", "dddd");
	}

	@Test
	void revisionOnBaseStartsANewBaseWithItsOwnLabel() {
		ScriptFiles.todoApp(this.directory);
		MigrationScript script = generate(
				RevisionRequest.of("Billing").withHead("base").withBranchLabels(List.of("billing")).withRevId("dddd"));
		assertThat(script.revision().isBase()).isTrue();
		assertThat(script.revision().branchLabels()).containsExactly("billing");
		RevisionGraph graph = graph();
		assertThat(graph.bases()).contains("dddd");
		assertThat(graph.resolveOne("billing@head")).map((revision) -> revision.id()).contains("dddd");
	}

	@Test
	void unknownHeadKeepsTheGraphsError() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(RevisionNotFoundException.class)
			.isThrownBy(() -> generate(RevisionRequest.of("x").withHead("zzzz")));
	}

	@Test
	void dependenciesAreWrittenAsFullIdsButBranchLabelsStayLabels() throws IOException {
		ScriptFiles.todoApp(this.directory);
		MigrationScript script = generate(RevisionRequest.of("Report").withHead("base")
			.withDependsOn(List.of("27c6", "todo")).withRevId("dddd"));
		assertThat(script.revision().dependsOn()).containsExactly("27c6a30d7c24", "todo");
		assertThat(Files.readString(this.directory.resolve("dddd_report.sql")))
			.contains("-- Depends On: 27c6a30d7c24, todo\n");
		assertThat(graph().resolvedDependencies("dddd")).containsExactly("27c6a30d7c24", "1975ea83b712");
	}

	@Test
	void dependencyOnAnUnknownRevisionKeepsTheGraphsError() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(RevisionNotFoundException.class).isThrownBy(() -> generate(
				RevisionRequest.of("x").withHead("base").withDependsOn(List.of("nope")).withRevId("dddd")));
	}

	@Test
	void dependencyOnBaseIsRejected() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> generate(RevisionRequest.of("x").withHead("base").withDependsOn(List.of("base"))))
			.withMessageContaining("Cannot depend on 'base'");
	}

	@Test
	void invalidRevIdIsRejected() {
		ScriptFiles.write(this.directory);
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> generate(RevisionRequest.of("x").withRevId("not-valid")))
			.withMessage("Invalid revision id 'not-valid': use 1 to 32 letters, digits or underscores");
	}

	@Test
	void revIdAlreadyUsedIsRejectedNamingItsScript() {
		ScriptFiles.write(this.directory, script("aaaa", "One"));
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> generate(RevisionRequest.of("x").withRevId("aaaa")))
			.withMessageStartingWith("Revision id 'aaaa' is already used by ")
			.withMessageContaining("aaaa_one.sql");
	}

	@Test
	void branchLabelAlreadyInUseIsRejectedBeforeAnythingIsWritten() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(InvalidRevisionGraphException.class).isThrownBy(() -> generate(
				RevisionRequest.of("x").withHead("base").withBranchLabels(List.of("todo")).withRevId("dddd")))
			.withMessageContaining("Branch label 'todo'");
		assertThat(this.directory.resolve("dddd_x.sql")).doesNotExist();
		assertThat(results()).isEmpty();
	}

	@Test
	void missingLocationDirectoryIsCreatedAndAnnounced() {
		Path location = this.directory.resolve("db/migrate");
		RevisionGenerator generator = generatorFor(List.of(Location.filesystem(location)), getClass().getClassLoader());
		generator.generate(RevisionRequest.of("First").withRevId("aaaa"));
		assertThat(results()).startsWith("Creating directory " + location.toAbsolutePath() + " ...  done\n")
			.endsWith("aaaa_first.sql ...  done\n");
	}

	@Test
	void versionPathChoosesAmongSeveralLocations() {
		Path first = ScriptFiles.write(this.directory.resolve("one"), script("aaaa", "One"));
		Path second = ScriptFiles.write(this.directory.resolve("two"));
		RevisionGenerator generator = generatorFor(List.of(Location.filesystem(first), Location.filesystem(second)),
				getClass().getClassLoader());
		MigrationScript script = generator.generate(RevisionRequest.of("Two").withRevId("bbbb").withVersionPath(second));
		assertThat(Path.of(script.origin()).getParent()).isEqualTo(second.toAbsolutePath());
	}

	@Test
	void withSeveralLocationsANewRevisionGoesNextToItsParent() {
		Path first = ScriptFiles.write(this.directory.resolve("one"));
		Path second = ScriptFiles.write(this.directory.resolve("two"), script("aaaa", "One"));
		RevisionGenerator generator = generatorFor(List.of(Location.filesystem(first), Location.filesystem(second)),
				getClass().getClassLoader());
		generator.generate(RevisionRequest.of("Two").withRevId("bbbb"));
		assertThat(second.resolve("bbbb_two.sql")).exists();
	}

	@Test
	void versionPathOutsideTheLocationsIsRejected() {
		ScriptFiles.write(this.directory);
		Path elsewhere = this.directory.resolve("elsewhere");
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> generate(RevisionRequest.of("x").withVersionPath(elsewhere)))
			.withMessageStartingWith("Path " + elsewhere + " is not represented in current version locations");
	}

	@Test
	void classpathOnlyLocationsNeedAVersionPath() throws IOException {
		RevisionGenerator generator = generatorFor(List.of(Location.classpath("db/migrate")), classpathWithScripts());
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> generator.generate(RevisionRequest.of("x")))
			.withMessageStartingWith("No file system location to write the new revision into"
					+ " (the locations are classpath:db/migrate); give --version-path");
	}

	@Test
	void classpathOnlyLocationsAcceptTheSourceDirectoryOfALocation() throws IOException {
		ClassLoader classLoader = classpathWithScripts();
		Path sources = this.directory.resolve("src/main/resources/db/migrate");
		RevisionGenerator generator = generatorFor(List.of(Location.classpath("db/migrate")), classLoader);
		MigrationScript script = generator.generate(RevisionRequest.of("Two").withRevId("bbbb").withVersionPath(sources));
		assertThat(script.revision().downRevisions()).containsExactly("aaaa");
		assertThat(sources.resolve("bbbb_two.sql")).exists();
	}

	@Test
	void classpathOnlyLocationsRejectADirectoryThatIsNoLocationsSource() throws IOException {
		RevisionGenerator generator = generatorFor(List.of(Location.classpath("db/migrate")), classpathWithScripts());
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> generator.generate(RevisionRequest.of("x").withVersionPath(this.directory.resolve("sql"))))
			.withMessageContaining("is not the source directory of any class path location");
	}

	@Test
	void mergeOfHeadsRevisesEveryHeadAndLeavesOneHead() {
		ScriptFiles.write(this.directory, script("aaaa", "One"), script("bbbb", "Two").revises("aaaa"),
				script("cccc", "Three").revises("aaaa"));
		MigrationScript merge = generate(RevisionRequest.of("Merge").withHeads(List.of("heads")).withRevId("dddd"));
		assertThat(merge.revision().downRevisions()).containsExactly("bbbb", "cccc");
		RevisionGraph graph = graph();
		assertThat(graph.heads()).containsExactly("dddd");
		assertThat(graph.get("dddd").isMergePoint()).isTrue();
	}

	@Test
	void mergeOfNamedRevisionsKeepsTheirOrder() {
		ScriptFiles.write(this.directory, script("aaaa", "One"), script("bbbb", "Two").revises("aaaa"),
				script("cccc", "Three").revises("aaaa"));
		MigrationScript merge = generate(RevisionRequest.of("Merge").withHeads(List.of("cccc", "bbbb")).withRevId("dddd"));
		assertThat(merge.revision().downRevisions()).containsExactly("cccc", "bbbb");
	}

	@Test
	void mergeNamingARevisionTwiceIsRejected() {
		ScriptFiles.write(this.directory, script("aaaa", "One"), script("bbbb", "Two").revises("aaaa"),
				script("cccc", "Three").revises("aaaa"));
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> generate(RevisionRequest.of("Merge").withHeads(List.of("bbbb", "heads"))))
			.withMessageStartingWith("Duplicate head revisions specified");
	}

	@Test
	void writtenScriptsParseBackWithTheirLabelsAndDependencies() {
		ScriptFiles.todoApp(this.directory);
		MigrationScript written = generate(RevisionRequest.of("Todo tags").withHead("1975ea83b712")
			.withBranchLabels(List.of("tags")).withDependsOn(List.of("users")).withRevId("dddd"));
		SqlRevisionScript reread = SqlRevisionScript.load(Path.of(written.origin()));
		assertThat(reread.revision().downRevisions()).containsExactly("1975ea83b712");
		assertThat(reread.revision().branchLabels()).containsExactly("tags");
		assertThat(reread.revision().dependsOn()).containsExactly("users");
		assertThat(reread.header().createDate()).isEqualTo("2026-11-21 10:00:00.000000");
		assertThat(graph().branchLabels("dddd")).containsExactly("tags", "todo");
	}

	/** A class path whose {@code db/migrate} holds one script, as an application's resources would. */
	private ClassLoader classpathWithScripts() throws IOException {
		Path classes = this.directory.resolve("target/classes");
		ScriptFiles.write(classes.resolve("db/migrate"), script("aaaa", "One"));
		URLClassLoader classLoader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, null);
		this.classLoaders.add(classLoader);
		return classLoader;
	}

}
