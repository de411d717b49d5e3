package dev.migrate.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.command.ScriptFiles;
import dev.migrate.script.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrate.command.ScriptFiles.script;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateCli}, run in-process with captured standard output and error.
 */
class MigrateCliTests {

	@TempDir
	Path workingDirectory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private MigrateCli cli() {
		return new MigrateCli(this.workingDirectory, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	/** Runs with {@code --locations} pointing at the working directory's {@code db/migrate}. */
	private int run(String... args) {
		List<String> all = new ArrayList<>();
		all.add("--locations=filesystem:" + scripts());
		all.addAll(List.of(args));
		return cli().execute(all.toArray(String[]::new));
	}

	private Path scripts() {
		return this.workingDirectory.resolve("db/migrate");
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpListsEveryCommandAndTheGlobalOptions() {
		assertThat(cli().execute("--help")).isZero();
		assertThat(out()).contains("Usage: migrate [-hV] [--url=JDBC_URL] [--user=USER] [--password[=PASSWORD]]")
			.contains("--locations=LOCATION").contains("--java-packages=PACKAGE").contains("--version-table=TABLE")
			.contains("Default: filesystem:src/main/resources/db/migrate")
			.contains("--history-table=TABLE").contains("--dialect=DIALECT").contains("--transaction-mode=MODE")
			.contains("--lock-timeout=DURATION")
			.containsPattern("(?m)^  heads ").containsPattern("(?m)^  branches ").containsPattern("(?m)^  history ")
			.containsPattern("(?m)^  show ").containsPattern("(?m)^  graph ").containsPattern("(?m)^  revision ")
			.containsPattern("(?m)^  merge ").containsPattern("(?m)^  upgrade ").containsPattern("(?m)^  downgrade ")
			.containsPattern("(?m)^  stamp ").containsPattern("(?m)^  current ");
		assertThat(err()).isEmpty();
	}

	@Test
	void commandHelpListsItsOptions() {
		assertThat(cli().execute("revision", "--help")).isZero();
		assertThat(out()).contains("--head=REV").contains("--splice").contains("--branch-label=LABEL")
			.contains("--depends-on=REV").contains("--rev-id=ID").contains("--version-path=DIR")
			.contains("--format=FORMAT").contains("--java-package=PACKAGE").contains("--java-source=DIR");
	}

	@Test
	void versionNamesMigrate() {
		assertThat(cli().execute("--version")).isZero();
		assertThat(out()).startsWith("migrate ");
	}

	@Test
	void noCommandIsAUsageError() {
		assertThat(cli().execute()).isEqualTo(2);
		assertThat(err()).isEqualTo("Missing required command\nRun 'migrate --help' for usage.\n");
		assertThat(out()).isEmpty();
	}

	@Test
	void unknownOptionIsAUsageErrorWithSuggestions() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("heads", "--verbos")).isEqualTo(2);
		assertThat(err()).startsWith("Unknown option: '--verbos'\n").contains("--verbose")
			.endsWith("Run 'migrate heads --help' for usage.\n");
	}

	@Test
	void malformedLocationIsAUsageError() {
		assertThat(cli().execute("--locations", "ftp:db", "heads")).isEqualTo(2);
		assertThat(err()).startsWith("Invalid value for option '--locations' (LOCATION): Invalid script location 'ftp:db'");
	}

	@Test
	void headsPrintsToStandardOutput() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("heads")).isZero();
		assertThat(out()).isEqualTo("1975ea83b712 (todo) (effective head)\n7c8d9e0f1a2b (audit, users) (head)\n");
		assertThat(err()).isEmpty();
	}

	@Test
	void headsResolvingDependencies() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("heads", "--resolve-dependencies")).isZero();
		assertThat(out()).isEqualTo("7c8d9e0f1a2b (audit, users) (head)\n");
	}

	@Test
	void branchesAndVerboseBranches() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("branches")).isZero();
		assertThat(out()).startsWith("3512b954651e (branchpoint)\n             -> 1975ea83b712");
		assertThat(run("branches", "-v")).isZero();
		assertThat(out()).contains("Rev: 3512b954651e (branchpoint)\n");
	}

	@Test
	void unknownRevisionFailsWithOneLineOnStandardError() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("show", "zzzz")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: No such revision or branch 'zzzz'\n");
		assertThat(out()).isEmpty();
	}

	@Test
	void ambiguousPrefixFailsNamingTheCandidates() {
		ScriptFiles.write(scripts(), script("abcd1", "One"), script("abcd2", "Two").revises("abcd1"));
		assertThat(run("show", "abcd")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: Multiple revisions start with 'abcd': 'abcd1', 'abcd2'; give more characters\n");
	}

	@Test
	void invalidGraphFailsWithOneLineNamingTheFile() {
		ScriptFiles.write(scripts(), script("aaaa", "One").revises("zzzz"));
		assertThat(run("heads")).isEqualTo(1);
		assertThat(err()).startsWith("FAILED: Revision aaaa (").contains("aaaa_one.sql) revises zzzz").endsWith("\n");
		assertThat(err().lines()).hasSize(1);
	}

	@Test
	void missingLocationFailsWithOneLine() {
		assertThat(run("heads")).isEqualTo(1);
		assertThat(err()).startsWith("FAILED: Script location 'filesystem:" + scripts() + "' does not exist");
		assertThat(err().lines()).hasSize(1);
	}

	@Test
	void historyTakesARangeGluedToTheShortOption() {
		ScriptFiles.write(scripts(), script("aaaa", "One"), script("bbbb", "Two").revises("aaaa"),
				script("cccc", "Three").revises("bbbb"));
		assertThat(run("history", "-r-1:")).isZero();
		String glued = out();
		assertThat(glued).isEqualTo("bbbb -> cccc (head), Three\naaaa -> bbbb, Two\n");
		this.out.reset();
		assertThat(run("history", "-r", "-1:")).isZero();
		assertThat(out()).isEqualTo(glued);
		this.out.reset();
		assertThat(run("history", "--rev-range=-1:")).isZero();
		assertThat(out()).isEqualTo(glued);
	}

	@Test
	void historyRangeWithCurrentNeedsADatabase() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("history", "-r-2:current")).isEqualTo(1);
		assertThat(err()).startsWith("FAILED: History range '-2:current' uses 'current'")
			.contains("needs a database: give its JDBC URL with --url");
	}

	@Test
	void verboseHistory() {
		ScriptFiles.write(scripts(), script("aaaa", "One"));
		assertThat(run("history", "--verbose")).isZero();
		assertThat(out()).startsWith("Rev: aaaa (head)\nParent: <base>\nPath: " + scripts().resolve("aaaa_one.sql"));
	}

	@Test
	void showTakesARelativeIdentifierThatLooksLikeAnOption() {
		ScriptFiles.write(scripts(), script("aaaa", "One"), script("bbbb", "Two").revises("aaaa"));
		assertThat(run("show", "-1")).isZero();
		assertThat(out()).startsWith("Rev: aaaa\n");
	}

	@Test
	void graphDrawsMermaidByDefaultAndDotOnRequest() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("graph")).isZero();
		assertThat(out()).startsWith("flowchart BT\n");
		this.out.reset();
		assertThat(run("graph", "--format", "DOT")).isZero();
		assertThat(out()).startsWith("digraph revisions {\n");
	}

	@Test
	void graphRejectsAnUnknownFormat() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("graph", "--format", "svg")).isEqualTo(2);
		assertThat(err()).startsWith("Invalid value for option '--format': expected one of [MERMAID, DOT]");
	}

	@Test
	void revisionWritesAScriptAndSaysWhereOnStandardOutput() {
		ScriptFiles.write(scripts(), script("aaaa", "One"));
		assertThat(run("revision", "-m", "Add priority to todos", "--rev-id", "bbbb", "--branch-label", "todo"))
			.isZero();
		Path file = scripts().resolve("bbbb_add_priority_to_todos.sql");
		assertThat(out()).isEqualTo("Generating " + file.toAbsolutePath() + " ...  done\n");
		assertThat(err()).isEmpty();
		assertThat(file).content().contains("-- Revises: aaaa\n").contains("-- Branch Labels: todo\n");
		this.out.reset();
		assertThat(run("heads")).isZero();
		assertThat(out()).isEqualTo("bbbb (todo) (head)\n");
	}

	@Test
	void revisionFormatJavaWritesAClassIntoTheFirstJavaPackageOnTheHead() {
		assertThat(cli().execute("--java-packages", "dev.migrate.script.javarevisions", "revision", "--format", "java",
				"-m", "Add phone", "--rev-id", "d4")).isZero();
		Path file = this.workingDirectory.resolve("src/main/java/dev/migrate/script/javarevisions/AddPhone.java");
		assertThat(out()).isEqualTo("Generating " + file.toAbsolutePath() + " ...  done\n");
		assertThat(file).content().contains("package dev.migrate.script.javarevisions;\n")
			.contains("@Revision(id = \"d4\", revises = \"c3\", message = \"Add phone\",")
			.contains("public class AddPhone implements Migration {");
	}

	@Test
	void revisionFormatJavaTakesAPackageAndASourceDirectory() {
		assertThat(cli().execute("--java-packages", "dev.migrate.script.javarevisions", "revision", "--format=JAVA",
				"-m", "Add phone", "--rev-id", "d4", "--java-package", "dev.migrate.script.javarevisions.later",
				"--java-source", "app/src")).isZero();
		assertThat(this.workingDirectory.resolve("app/src/dev/migrate/script/javarevisions/later/AddPhone.java"))
			.exists();
	}

	@Test
	void revisionFormatJavaRefusesAPackageWhereTheRevisionWouldNotBeFound() {
		assertThat(cli().execute("--java-packages", "dev.migrate.script.javarevisions", "revision", "--format", "java",
				"-m", "Add phone", "--java-package", "com.example")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: Package com.example is not one of the packages of Java revisions"
				+ " (dev.migrate.script.javarevisions): the new revision would not be found\n");
	}

	@Test
	void revisionFormatJavaNeedsAPackage() {
		ScriptFiles.write(scripts(), script("aaaa", "One"));
		assertThat(run("revision", "--format", "java", "-m", "Add phone")).isEqualTo(1);
		assertThat(err()).contains("'revision --format java' needs the package of the new class");
	}

	@Test
	void revisionCreatesTheDefaultLocationInAFreshProject() {
		assertThat(cli().execute("revision", "-m", "Create todos", "--rev-id", "aaaa")).isZero();
		Path location = this.workingDirectory.resolve("db/migrate");
		assertThat(out()).isEqualTo("Creating directory " + location.toAbsolutePath() + " ...  done\n"
				+ "Generating " + location.resolve("aaaa_create_todos.sql").toAbsolutePath() + " ...  done\n");
	}

	@Test
	void defaultLocationIsTheSpringBootResourcesDirectoryWhenItExists() {
		Path resources = this.workingDirectory.resolve("src/main/resources/db/migrate");
		ScriptFiles.write(resources, script("aaaa", "One"));
		ScriptFiles.write(scripts(), script("bbbb", "Elsewhere"));
		assertThat(cli().execute("heads")).isZero();
		assertThat(out()).isEqualTo("aaaa (head)\n");
		assertThat(cli().locations()).containsExactly(Location.filesystem(resources));
	}

	@Test
	void defaultLocationIsDbMigrateOtherwise() {
		ScriptFiles.write(scripts(), script("bbbb", "Two"));
		assertThat(cli().execute("heads")).isZero();
		assertThat(out()).isEqualTo("bbbb (head)\n");
	}

	@Test
	void severalLocationsAreCommaSeparated() {
		Path other = ScriptFiles.write(this.workingDirectory.resolve("other"), script("bbbb", "Two").revises("aaaa"));
		ScriptFiles.write(scripts(), script("aaaa", "One"));
		assertThat(cli().execute("--locations", "filesystem:" + scripts() + ",filesystem:" + other, "heads")).isZero();
		assertThat(out()).isEqualTo("bbbb (head)\n");
	}

	@Test
	void revisionWithSeveralHeadsFailsInAlembicsWords() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("revision", "-m", "More")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: Multiple heads are present; please specify the head revision on which"
				+ " the new revision should be based, or perform a merge.\n");
		assertThat(out()).isEmpty();
	}

	@Test
	void revisionOnALabelledHeadWithDependencies() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("revision", "-m", "Due dates", "--head", "todo@head", "--depends-on", "27c6,audit",
				"--rev-id", "dddd")).isZero();
		assertThat(scripts().resolve("dddd_due_dates.sql")).content().contains("-- Revises: 1975ea83b712\n")
			.contains("-- Depends On: 27c6a30d7c24, audit\n");
	}

	@Test
	void revisionOnANonHeadNeedsSplice() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("revision", "-m", "Fork", "--head", "27c6")).isEqualTo(1);
		assertThat(err()).startsWith("FAILED: Revision 27c6a30d7c24 is not a head revision; please specify --splice");
		assertThat(run("revision", "-m", "Fork", "--head", "27c6", "--splice", "--rev-id", "ffff")).isZero();
		assertThat(scripts().resolve("ffff_fork.sql")).exists();
	}

	@Test
	void revisionIntoAVersionPathThatIsNoLocationFails() {
		ScriptFiles.write(scripts());
		assertThat(run("revision", "-m", "x", "--version-path", this.workingDirectory.resolve("other").toString()))
			.isEqualTo(1);
		assertThat(err()).startsWith("FAILED: Path ").contains("is not represented in current version locations");
	}

	@Test
	void mergeHeadsLeavesASingleHead() throws Exception {
		ScriptFiles.write(scripts(), script("aaaa", "One"), script("bbbb", "Two").revises("aaaa"),
				script("cccc", "Three").revises("aaaa"));
		assertThat(run("merge", "heads", "-m", "Merge branches", "--rev-id", "dddd")).isZero();
		Path file = scripts().resolve("dddd_merge_branches.sql");
		assertThat(out()).isEqualTo("Generating " + file.toAbsolutePath() + " ...  done\n");
		assertThat(Files.readString(file)).contains("-- Revises: bbbb, cccc\n");
		this.out.reset();
		assertThat(run("heads")).isZero();
		assertThat(out()).isEqualTo("dddd (head)\n");
	}

	@Test
	void mergeNeedsRevisions() {
		ScriptFiles.todoApp(scripts());
		assertThat(run("merge", "-m", "x")).isEqualTo(2);
		assertThat(err()).startsWith("Missing required parameter: 'REV'");
	}

	@Test
	void javaPackagesAddJavaRevisionsToTheGraph() {
		ScriptFiles.write(scripts(), script("d4", "After Java").revises("c3"));
		assertThat(run("--java-packages", "dev.migrate.script.javarevisions", "history")).isZero();
		assertThat(out()).isEqualTo("""
				c3 -> d4 (accounts) (head), After Java
				b2 (a1b2c3d4e5f6) -> c3 (accounts), Seed accounts
				a1b2c3d4e5f6 -> b2 (accounts), Add email
				<base> -> a1b2c3d4e5f6, Create accounts
				""");
	}

	@Test
	void javaPackagesAloneNeedNoScriptDirectory() {
		assertThat(cli().execute("--java-packages=dev.migrate.script.javarevisions.later,dev.migrate.script.javarevisions",
				"show", "b2")).isZero();
		assertThat(out()).contains("Rev: b2").contains("Path: dev.migrate.script.javarevisions.later.AddEmail");
	}

	@Test
	void javaRevisionsAreWrittenOfflineForTheDialectNamed() {
		assertThat(cli().execute("--java-packages", "dev.migrate.script.javarevisions", "upgrade", "base:head", "--sql",
				"--dialect", "postgresql")).isZero();
		assertThat(out()).containsSubsequence("-- Running upgrade  -> a1b2c3d4e5f6", "CREATE TABLE accounts (",
				"-- Running upgrade a1b2c3d4e5f6 -> b2", "ALTER TABLE accounts ADD COLUMN email",
				"-- Running upgrade b2 -> c3", "INSERT INTO accounts (id, name) VALUES (1, 'root');");
		assertThat(err()).contains("Running upgrade  -> a1b2c3d4e5f6, Create accounts");
		this.out.reset();
		assertThat(cli().execute("--java-packages", "dev.migrate.script.javarevisions", "upgrade", "base:head", "--sql",
				"--dialect", "mariadb")).isZero();
		assertThat(out()).contains("CREATE TABLE accounts (").contains("INSERT INTO accounts (id, name) VALUES (1, 'root');")
			.doesNotContain("BEGIN;");
	}

	@Test
	void anUnusableJavaRevisionFailsWithOneLineNamingTheClass() {
		assertThat(cli().execute("--java-packages", "dev.migrate.script.javainvalid.noconstructor", "heads"))
			.isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: dev.migrate.script.javainvalid.noconstructor.NeedsArgument is annotated"
				+ " with @Revision but has no public no-argument constructor, so migrate cannot create it\n");
	}

	@Test
	void databaseOptionsAreAccepted() {
		ScriptFiles.todoApp(scripts());
		assertThat(cli().execute("--url", "jdbc:h2:mem:test", "--user", "sa", "--password=secret", "--version-table",
				"alembic_version", "--locations", "filesystem:" + scripts(), "heads")).isZero();
	}

}
