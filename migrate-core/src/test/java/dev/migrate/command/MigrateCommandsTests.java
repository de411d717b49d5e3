package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.migrate.revision.MultipleHeadsException;
import dev.migrate.revision.RangeNotAncestorException;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionNotFoundException;
import dev.migrate.script.Location;
import dev.migrate.script.ScriptLocationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrate.command.ScriptFiles.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MigrateCommands}: the read-only commands print what Alembic prints for the
 * same graph (checked against Alembic 1.8.1; sets that Alembic prints in hash order are printed
 * here sorted or in file-name order).
 */
class MigrateCommandsTests {

	@TempDir
	Path directory;

	private final ByteArrayOutputStream results = new ByteArrayOutputStream();

	private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

	private MigrateCommands commands;

	@BeforeEach
	void createCommands() {
		this.commands = commandsFor(this.directory);
	}

	private MigrateCommands commandsFor(Path location) {
		return MigrateCommands.forLocations(List.of(Location.filesystem(location)), getClass().getClassLoader(),
				new CommandOutput(new PrintStream(this.results, true, StandardCharsets.UTF_8),
						new PrintStream(this.progress, true, StandardCharsets.UTF_8)));
	}

	private String results() {
		return this.results.toString(StandardCharsets.UTF_8).replace(this.directory + "/", "DIR/");
	}

	@Test
	void headsListsEachHeadWithItsBranchLabelsAndMarksEffectiveHeads() {
		ScriptFiles.todoApp(this.directory);
		List<Revision> heads = this.commands.heads(false, false);
		assertThat(heads).extracting(Revision::id).containsExactly("1975ea83b712", "7c8d9e0f1a2b");
		assertThat(results()).isEqualTo("""
				1975ea83b712 (todo) (effective head)
				7c8d9e0f1a2b (audit, users) (head)
				""");
	}

	@Test
	void headsResolvingDependenciesLeavesOutRevisionsThatOthersDependOn() {
		ScriptFiles.todoApp(this.directory);
		this.commands.heads(false, true);
		assertThat(results()).isEqualTo("7c8d9e0f1a2b (audit, users) (head)\n");
	}

	@Test
	void verboseHeadsPrintsTheBlockOfEachHead() {
		ScriptFiles.todoApp(this.directory);
		this.commands.heads(true, true);
		assertThat(results()).isEqualTo("""
				Rev: 7c8d9e0f1a2b (head) (mergepoint)
				Merges: 4a1f0c6b2d3e, 6b7d8e9f0a1b
				Branch names: audit, users
				Path: DIR/7c8d9e0f1a2b_merge_users_and_audit.sql

				    Merge users and audit
				   \s
				    Revision ID: 7c8d9e0f1a2b
				    Revises: 4a1f0c6b2d3e, 6b7d8e9f0a1b
				    Create Date: 2026-11-21 10:00:00.000000

				""");
	}

	@Test
	void branchesShowsEachBranchPointAndTheRevisionsItBranchesInto() {
		ScriptFiles.todoApp(this.directory);
		List<Revision> branchPoints = this.commands.branches(false);
		assertThat(branchPoints).extracting(Revision::id).containsExactly("3512b954651e");
		assertThat(results()).isEqualTo("""
				3512b954651e (branchpoint)
				             -> 1975ea83b712 (todo) (effective head)
				             -> 27c6a30d7c24 (users)

				""");
	}

	@Test
	void verboseBranchesShowsTheBranchPointsBlockAndTheMessagesOfItsChildren() {
		ScriptFiles.todoApp(this.directory);
		this.commands.branches(true);
		assertThat(results()).isEqualTo("""
				Rev: 3512b954651e (branchpoint)
				Parent: <base>
				Branches into: 1975ea83b712, 27c6a30d7c24
				Path: DIR/3512b954651e_create_todos.sql

				    Create todos
				   \s
				    Revision ID: 3512b954651e
				    Revises:
				    Create Date: 2026-11-21 10:00:00.000000

				             -> 1975ea83b712 (todo) (effective head), Add priority to todos
				             -> 27c6a30d7c24 (users), Create users

				""");
	}

	@Test
	void branchesOfAStraightLinePrintsNothing() {
		ScriptFiles.write(this.directory, script("aaaa", "One"), script("bbbb", "Two").revises("aaaa"));
		assertThat(this.commands.branches(false)).isEmpty();
		assertThat(results()).isEmpty();
	}

	@Test
	void historyListsEveryRevisionNewestFirstWithParentsDependenciesLabelsAndMarkers() {
		ScriptFiles.todoApp(this.directory);
		this.commands.history(null, false);
		assertThat(results()).isEqualTo("""
				4a1f0c6b2d3e, 6b7d8e9f0a1b -> 7c8d9e0f1a2b (audit, users) (head) (mergepoint), Merge users and audit
				27c6a30d7c24 (todo) -> 4a1f0c6b2d3e (users), Add owner
				3512b954651e -> 27c6a30d7c24 (users), Create users
				5e0c2a9d8f71 (1975ea83b712) -> 6b7d8e9f0a1b (audit), Audit todos
				<base> -> 5e0c2a9d8f71 (audit), Audit base
				3512b954651e -> 1975ea83b712 (todo) (effective head), Add priority to todos
				<base> -> 3512b954651e (branchpoint), Create todos
				""");
	}

	@Test
	void historyOfAStraightLineReadsLikeAlembic() {
		ScriptFiles.write(this.directory, script("3512b954651e", "Create todos"),
				script("1975ea83b712", "Add priority to todos").revises("3512b954651e"));
		this.commands.history(null, false);
		assertThat(results()).isEqualTo("""
				3512b954651e -> 1975ea83b712 (head), Add priority to todos
				<base> -> 3512b954651e, Create todos
				""");
	}

	@Test
	void historyWithAnOpenEndedRangeListsFromThatRevisionToTheHeads() {
		ScriptFiles.todoApp(this.directory);
		this.commands.history("27c6:", false);
		assertThat(results()).isEqualTo("""
				4a1f0c6b2d3e, 6b7d8e9f0a1b -> 7c8d9e0f1a2b (audit, users) (head) (mergepoint), Merge users and audit
				27c6a30d7c24 (todo) -> 4a1f0c6b2d3e (users), Add owner
				3512b954651e -> 27c6a30d7c24 (users), Create users
				""");
	}

	@Test
	void historyOfABranchRunsFromItsBaseToItsHead() {
		ScriptFiles.todoApp(this.directory);
		this.commands.history("todo@base:todo@head", false);
		assertThat(results()).isEqualTo("""
				3512b954651e -> 1975ea83b712 (todo) (effective head), Add priority to todos
				<base> -> 3512b954651e (branchpoint), Create todos
				""");
	}

	@Test
	void historyUpToARevisionListsItsAncestors() {
		ScriptFiles.todoApp(this.directory);
		List<Revision> revisions = this.commands.history(":4a1f", false);
		assertThat(revisions).extracting(Revision::id)
			.containsExactly("4a1f0c6b2d3e", "27c6a30d7c24", "1975ea83b712", "3512b954651e");
	}

	@Test
	void verboseHistoryPrintsEveryBlock() {
		ScriptFiles.write(this.directory, script("aaaa", "One"));
		this.commands.history(null, true);
		assertThat(results()).isEqualTo("""
				Rev: aaaa (head)
				Parent: <base>
				Path: DIR/aaaa_one.sql

				    One
				   \s
				    Revision ID: aaaa
				    Revises:
				    Create Date: 2026-11-21 10:00:00.000000

				""");
	}

	@Test
	void historyRangeWithoutAColonIsRejectedInAlembicsWords() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> this.commands.history("27c6", false))
			.withMessage("History range requires [start]:[end], [start]:, or :[end]; got '27c6'");
	}

	@Test
	void historyRangeWithCurrentNeedsADatabase() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(DatabaseRequiredException.class)
			.isThrownBy(() -> this.commands.history("-2:current", false))
			.withMessageContaining("'current'")
			.withMessageContaining("needs a database: give its JDBC URL with --url");
	}

	@Test
	void historyBetweenRevisionsOnDifferentBranchesKeepsTheGraphsError() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(RangeNotAncestorException.class)
			.isThrownBy(() -> this.commands.history("1975:27c6", false));
	}

	@Test
	void showPrintsAlembicsBlockForARevisionWithDependencies() {
		ScriptFiles.todoApp(this.directory);
		this.commands.show("4a1f");
		assertThat(results()).isEqualTo("""
				Rev: 4a1f0c6b2d3e
				Parent: 27c6a30d7c24
				Also depends on: todo
				Branch names: users
				Path: DIR/4a1f0c6b2d3e_add_owner.sql

				    Add owner
				   \s
				    Revision ID: 4a1f0c6b2d3e
				    Revises: 27c6a30d7c24
				    Create Date: 2026-11-21 10:00:00.000000
				    Depends On: todo

				""");
	}

	@Test
	void showOfABranchPointSaysWhatItBranchesInto() {
		ScriptFiles.todoApp(this.directory);
		this.commands.show("3512b954651e");
		assertThat(results()).startsWith("""
				Rev: 3512b954651e (branchpoint)
				Parent: <base>
				Branches into: 1975ea83b712, 27c6a30d7c24
				Path: DIR/3512b954651e_create_todos.sql
				""");
	}

	@Test
	void showOfAMergePointSaysWhatItMerges() {
		ScriptFiles.todoApp(this.directory);
		this.commands.show("7c8d");
		assertThat(results()).startsWith("""
				Rev: 7c8d9e0f1a2b (head) (mergepoint)
				Merges: 4a1f0c6b2d3e, 6b7d8e9f0a1b
				Branch names: audit, users
				""");
	}

	@Test
	void showOfABranchLabelShowsTheLabelledRevision() {
		ScriptFiles.todoApp(this.directory);
		assertThat(this.commands.show("todo")).extracting(Revision::id).containsExactly("1975ea83b712");
		assertThat(results()).startsWith("Rev: 1975ea83b712 (head)\n");
	}

	@Test
	void showHeadsShowsEveryHeadThatNothingDependsOn() {
		ScriptFiles.todoApp(this.directory);
		assertThat(this.commands.show("heads")).extracting(Revision::id).containsExactly("7c8d9e0f1a2b");
	}

	@Test
	void showBaseShowsNothingAsInAlembic() {
		ScriptFiles.todoApp(this.directory);
		assertThat(this.commands.show("base")).isEmpty();
		assertThat(results()).isEmpty();
	}

	@Test
	void showCurrentNeedsADatabase() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(DatabaseRequiredException.class).isThrownBy(() -> this.commands.show("current"))
			.withMessageContaining("needs a database: give its JDBC URL with --url");
	}

	@Test
	void showOfAnUnknownRevisionKeepsTheGraphsError() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(RevisionNotFoundException.class).isThrownBy(() -> this.commands.show("zzzz"))
			.satisfies((ex) -> assertThat(ex.identifier()).isEqualTo("zzzz"));
	}

	@Test
	void showHeadWithSeveralHeadsKeepsTheGraphsError() {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> this.commands.show("head"))
			.satisfies((ex) -> assertThat(ex.heads()).containsExactly("1975ea83b712", "7c8d9e0f1a2b"));
	}

	@Test
	void showOfAScriptWithoutHeaderTextPrintsAnEmptyDescription() {
		ScriptFiles.write(this.directory);
		writeRaw("aaaa_bare.sql", "-- Revision ID: aaaa\n-- migrate:upgrade\n");
		this.commands.show("aaaa");
		assertThat(results()).isEqualTo("""
				Rev: aaaa (head)
				Parent: <base>
				Path: DIR/aaaa_bare.sql

				    Revision ID: aaaa

				""");
	}

	@Test
	void emptyDirectoryHasNoHeadsBranchesOrHistory() {
		ScriptFiles.write(this.directory);
		assertThat(this.commands.heads(false, false)).isEmpty();
		assertThat(this.commands.branches(false)).isEmpty();
		assertThat(this.commands.history(null, false)).isEmpty();
		assertThat(results()).isEmpty();
	}

	@Test
	void missingLocationIsReportedByTheScriptLayer() {
		MigrateCommands missing = commandsFor(this.directory.resolve("nowhere"));
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> missing.heads(false, false))
			.withMessageContaining("nowhere");
	}

	@Test
	void readOnlyCommandsWriteNothingToTheProgressStream() {
		ScriptFiles.todoApp(this.directory);
		this.commands.heads(true, false);
		this.commands.branches(true);
		this.commands.history(null, true);
		this.commands.show("heads");
		this.commands.graph(GraphFormat.MERMAID);
		assertThat(this.progress.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void graphDrawsEveryRevisionAndEdgeAsMermaid() {
		ScriptFiles.todoApp(this.directory);
		String drawing = this.commands.graph(GraphFormat.MERMAID);
		assertThat(results()).isEqualTo(drawing);
		assertThat(drawing).startsWith("flowchart BT\n")
			.contains("    r_3512b954651e[\"3512b954651e (base) (branchpoint)<br/>Create todos\"]\n")
			.contains("    r_1975ea83b712([\"1975ea83b712 (effective head)<br/>Add priority to todos<br/>branch: todo\"])\n")
			.contains("    r_7c8d9e0f1a2b([\"7c8d9e0f1a2b (head) (mergepoint)<br/>Merge users and audit\"])\n")
			.contains("    r_3512b954651e --> r_1975ea83b712\n")
			.contains("    r_4a1f0c6b2d3e --> r_7c8d9e0f1a2b\n")
			.contains("    r_6b7d8e9f0a1b --> r_7c8d9e0f1a2b\n")
			.contains("    r_1975ea83b712 -.-> r_4a1f0c6b2d3e\n")
			.contains("    r_1975ea83b712 -.-> r_6b7d8e9f0a1b\n")
			.contains("    class r_7c8d9e0f1a2b head\n");
	}

	@Test
	void graphDrawsDependenciesOnLabelsToTheLabelledRevisionAsDot() {
		ScriptFiles.todoApp(this.directory);
		String drawing = this.commands.graph(GraphFormat.DOT);
		assertThat(drawing).startsWith("digraph revisions {\n")
			.contains("    \"3512b954651e\" -> \"27c6a30d7c24\";\n")
			.contains("    \"1975ea83b712\" -> \"4a1f0c6b2d3e\" [style=dotted, arrowhead=empty];\n")
			.endsWith("}\n");
	}

	private void writeRaw(String name, String text) {
		try {
			Files.writeString(this.directory.resolve(name), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
