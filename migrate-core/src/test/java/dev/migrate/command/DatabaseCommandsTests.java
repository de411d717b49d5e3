package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.migrate.revision.Revision;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.runtime.MigrationResult;
import dev.migrate.runtime.UnknownVersionException;
import dev.migrate.script.IrreversibleRevisionException;
import dev.migrate.script.Location;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrate.command.ScriptFiles.script;
import static dev.migrate.command.TestSql.column;
import static dev.migrate.command.TestSql.execute;
import static dev.migrate.command.TestSql.tableExists;
import static dev.migrate.command.TestSql.versionRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DatabaseCommands}, on every database.
 */
class DatabaseCommandsTests {

	@TempDir
	Path directory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private MigrateCommands scriptCommands() {
		return MigrateCommands.forLocations(List.of(Location.filesystem(this.directory)), getClass().getClassLoader(),
				new CommandOutput(new PrintStream(this.out, true, StandardCharsets.UTF_8),
						new PrintStream(this.err, true, StandardCharsets.UTF_8)));
	}

	private DatabaseCommands commands(TestDatabase database) {
		return scriptCommands().database(DatabaseTarget.of(database.dataSource()), MigrationOptions.defaults());
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private void reset() {
		this.out.reset();
		this.err.reset();
	}

	/** {@code a1} creates {@code t_a1}, {@code b2} creates {@code t_b2}. */
	private void twoTables() {
		ScriptFiles.write(this.directory, script("a1a1", "Create a").table(),
				script("b2b2", "Create b").revises("a1a1").table());
	}

	@DatabaseTest
	void upgradeRunsEachRevisionAndLogsItToTheProgressStream(TestDatabase database) {
		twoTables();
		MigrationResult result = commands(database).upgrade("head");
		assertThat(err()).isEqualTo("Running upgrade  -> a1a1, Create a\nRunning upgrade a1a1 -> b2b2, Create b\n");
		assertThat(out()).isEmpty();
		assertThat(result.rowsAfter()).containsExactly("b2b2");
		assertThat(versionRows(database)).containsExactly("b2b2");
		assertThat(tableExists(database, "t_a1a1")).isTrue();
		assertThat(tableExists(database, "t_b2b2")).isTrue();
	}

	@DatabaseTest
	void upgradeAtTheTargetDoesNothingAndLogsNothing(TestDatabase database) {
		twoTables();
		commands(database).upgrade("head");
		reset();
		assertThat(commands(database).upgrade("head").appliedSteps()).isEmpty();
		assertThat(err()).isEmpty();
		assertThat(out()).isEmpty();
	}

	@DatabaseTest
	void downgradeRevertsAndLogsEachRevision(TestDatabase database) {
		twoTables();
		commands(database).upgrade("heads");
		reset();
		commands(database).downgrade("-1");
		assertThat(err()).isEqualTo("Running downgrade b2b2 -> a1a1, Create b\n");
		assertThat(versionRows(database)).containsExactly("a1a1");
		assertThat(tableExists(database, "t_b2b2")).isFalse();
		reset();
		commands(database).downgrade("base");
		assertThat(err()).isEqualTo("Running downgrade a1a1 -> , Create a\n");
		assertThat(versionRows(database)).isEmpty();
		assertThat(tableExists(database, "t_a1a1")).isFalse();
	}

	@DatabaseTest
	void stampMovesTheVersionTableWithoutRunningScripts(TestDatabase database) {
		twoTables();
		commands(database).stamp(List.of("b2b2"), false);
		assertThat(err()).isEqualTo("Running stamp_revision  -> b2b2\n");
		assertThat(versionRows(database)).containsExactly("b2b2");
		assertThat(tableExists(database, "t_a1a1")).isFalse();
		reset();
		commands(database).stamp(List.of("a1a1"), false);
		assertThat(err()).isEqualTo("Running stamp_revision b2b2 -> a1a1\n");
		assertThat(versionRows(database)).containsExactly("a1a1");
	}

	@DatabaseTest
	void stampWithPurgeReplacesRowsNoScriptKnows(TestDatabase database) {
		twoTables();
		commands(database).stamp(List.of("a1a1"), false);
		execute(database, "UPDATE migrate_version SET version_num = 'feedfacecafe'");
		assertThatExceptionOfType(UnknownVersionException.class)
			.isThrownBy(() -> commands(database).stamp(List.of("b2b2"), false));
		commands(database).stamp(List.of("b2b2"), true);
		assertThat(versionRows(database)).containsExactly("b2b2");
	}

	@DatabaseTest
	void aRevisionNoScriptKnowsStopsEveryCommandBeforeAnythingRuns(TestDatabase database) {
		twoTables();
		commands(database).upgrade("a1a1");
		execute(database, "INSERT INTO migrate_version (version_num) VALUES ('feedfacecafe')");
		reset();
		assertThatExceptionOfType(UnknownVersionException.class).isThrownBy(() -> commands(database).upgrade("head"))
			.withMessageStartingWith("The version table holds revision 'feedfacecafe', which no script defines");
		assertThatExceptionOfType(UnknownVersionException.class).isThrownBy(() -> commands(database).downgrade("base"));
		assertThatExceptionOfType(UnknownVersionException.class)
			.isThrownBy(() -> commands(database).current(false, false));
		assertThatExceptionOfType(UnknownVersionException.class)
			.isThrownBy(() -> commands(database).history(null, false, true));
		assertThat(err()).isEmpty();
		assertThat(out()).isEmpty();
		assertThat(tableExists(database, "t_b2b2")).isFalse();
		assertThat(tableExists(database, "t_a1a1")).isTrue();
		assertThat(versionRows(database)).containsExactly("a1a1", "feedfacecafe");
	}

	@DatabaseTest
	void downgradingARevisionWithoutADowngradeSectionFailsBeforeAnythingRuns(TestDatabase database) {
		ScriptFiles.write(this.directory, script("a1a1", "Create a").table(),
				script("b2b2", "Create b").revises("a1a1").sql("CREATE TABLE t_b2b2 (id INT);\n", null),
				script("c3c3", "Create c").revises("b2b2").table());
		commands(database).upgrade("head");
		reset();
		assertThatExceptionOfType(IrreversibleRevisionException.class)
			.isThrownBy(() -> commands(database).downgrade("base"))
			.withMessage("Revision b2b2 (" + this.directory.resolve("b2b2_create_b.sql") + ") cannot be downgraded: its"
					+ " script has no '-- migrate:downgrade' section. Add one (an empty section downgrades without"
					+ " running SQL).");
		assertThat(err()).isEmpty();
		assertThat(versionRows(database)).containsExactly("c3c3");
		assertThat(tableExists(database, "t_c3c3")).isTrue();
	}

	@DatabaseTest
	void currentPrintsTheRevisionsTheDatabaseIsAtAsAlembicDoes(TestDatabase database) {
		twoTables();
		assertThat(commands(database).current(false, false)).isEmpty();
		assertThat(out()).isEmpty();
		commands(database).upgrade("head");
		reset();
		commands(database).current(false, false);
		assertThat(out()).isEqualTo("b2b2 (head)\n");
		commands(database).downgrade("-1");
		reset();
		commands(database).current(false, false);
		assertThat(out()).isEqualTo("a1a1\n");
		assertThat(err()).isEmpty();
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL })
	void currentShowsEveryBranchAndTheRevisionsAnAppliedOneOnlyDependsOn(TestDatabase database) {
		ScriptFiles.todoApp(this.directory);
		commands(database).upgrade("4a1f0c6b2d3e");
		commands(database).upgrade("6b7d8e9f0a1b");
		reset();
		commands(database).current(false, false);
		assertThat(out()).isEqualTo("4a1f0c6b2d3e\n6b7d8e9f0a1b\n1975ea83b712 (effective head)\n");
		commands(database).upgrade("heads");
		reset();
		List<Revision> current = commands(database).current(false, false);
		assertThat(out()).isEqualTo("7c8d9e0f1a2b (head) (mergepoint)\n1975ea83b712 (effective head)\n");
		assertThat(current).extracting(Revision::id).containsExactly("7c8d9e0f1a2b", "1975ea83b712");
	}

	@DatabaseTest({ TestDatabaseKind.SQLITE, TestDatabaseKind.MARIADB })
	void verboseCurrentNamesTheDatabaseWithItsPasswordMaskedAndPrintsEachBlock(TestDatabase database) {
		twoTables();
		DatabaseCommands commands = scriptCommands().database(
				DatabaseTarget.of(database.dataSource()).withUrl("jdbc:example://db/app?user=app&password=s3cret"),
				MigrationOptions.defaults());
		commands.upgrade("head");
		reset();
		commands.current(true, false);
		assertThat(out()).isEqualTo("Current revision(s) for jdbc:example://db/app?user=app&password=****:\n"
				+ "Rev: b2b2 (head)\n" + "Parent: a1a1\n" + "Path: " + this.directory.resolve("b2b2_create_b.sql") + "\n"
				+ "\n" + "    Create b\n" + "    \n" + "    Revision ID: b2b2\n" + "    Revises: a1a1\n"
				+ "    Create Date: 2026-11-21 10:00:00.000000\n\n");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.SQLITE })
	void verboseCurrentAsksTheConnectionForTheUrlWhenTheTargetHasNone(TestDatabase database) {
		twoTables();
		commands(database).current(true, false);
		assertThat(out()).startsWith("Current revision(s) for jdbc:" + TestSql.dialectName(database) + ":");
	}

	@DatabaseTest
	void checkHeadsPassesAtEveryHeadAndFailsBehindThem(TestDatabase database) {
		ScriptFiles.todoApp(this.directory);
		assertThatExceptionOfType(DatabaseNotAtHeadsException.class)
			.isThrownBy(() -> commands(database).current(false, true))
			.withMessage("Database is not on all head revisions: the version table holds no revision, the heads are"
					+ " 7c8d9e0f1a2b; run 'upgrade heads'");
		commands(database).upgrade("27c6a30d7c24");
		reset();
		assertThatExceptionOfType(DatabaseNotAtHeadsException.class)
			.isThrownBy(() -> commands(database).current(false, true))
			.withMessageStartingWith("Database is not on all head revisions: the version table holds 27c6a30d7c24,");
		assertThat(out()).isEmpty();
		commands(database).upgrade("heads");
		reset();
		commands(database).current(false, true);
		assertThat(out()).isEqualTo("7c8d9e0f1a2b (head) (mergepoint)\n1975ea83b712 (effective head)\n");
	}

	@DatabaseTest
	void historyMarksTheCurrentRevisions(TestDatabase database) {
		ScriptFiles.write(this.directory, script("a1a1", "One"), script("b2b2", "Two").revises("a1a1"),
				script("c3c3", "Three").revises("a1a1"));
		commands(database).upgrade("b2b2");
		commands(database).upgrade("c3c3");
		reset();
		commands(database).history(null, false, true);
		assertThat(out()).isEqualTo("a1a1 -> b2b2 (head) (current), Two\na1a1 -> c3c3 (head) (current), Three\n"
				+ "<base> -> a1a1 (branchpoint), One\n");
		reset();
		commands(database).history(null, true, true);
		assertThat(out()).startsWith("Rev: b2b2 (head) (current)\n").contains("Rev: c3c3 (head) (current)\n")
			.contains("Rev: a1a1 (branchpoint)\n");
	}

	@DatabaseTest
	void headsMarksTheHeadsTheDatabaseIsAt(TestDatabase database) {
		ScriptFiles.write(this.directory, script("a1a1", "One"), script("b2b2", "Two").revises("a1a1"),
				script("c3c3", "Three").revises("a1a1"));
		commands(database).upgrade("b2b2");
		reset();
		commands(database).heads(false, false);
		assertThat(out()).isEqualTo("b2b2 (head) (current)\nc3c3 (head)\n");
	}

	@DatabaseTest
	void historyRangesWithCurrentUseTheVersionTable(TestDatabase database) {
		ScriptFiles.write(this.directory, script("a1a1", "One"), script("b2b2", "Two").revises("a1a1"),
				script("c3c3", "Three").revises("b2b2"));
		commands(database).history(":current", false, false);
		assertThat(out()).isEmpty();
		commands(database).history("current:", false, false);
		assertThat(out()).isEqualTo("b2b2 -> c3c3 (head), Three\na1a1 -> b2b2, Two\n<base> -> a1a1, One\n");
		commands(database).upgrade("b2b2");
		reset();
		commands(database).history(":current", false, false);
		assertThat(out()).isEqualTo("a1a1 -> b2b2, Two\n<base> -> a1a1, One\n");
		reset();
		commands(database).history("current:", false, true);
		assertThat(out()).isEqualTo("b2b2 -> c3c3 (head), Three\na1a1 -> b2b2 (current), Two\n");
	}

	@DatabaseTest({ TestDatabaseKind.SQLITE, TestDatabaseKind.POSTGRESQL })
	void historyRangesWithCurrentFollowEveryBranch(TestDatabase database) {
		ScriptFiles.write(this.directory, script("a1a1", "One"), script("b2b2", "Two").revises("a1a1"),
				script("c3c3", "Three").revises("a1a1"), script("d4d4", "Four").revises("b2b2"),
				script("e5e5", "Five").revises("c3c3"));
		commands(database).upgrade("b2b2");
		commands(database).upgrade("c3c3");
		reset();
		commands(database).history("current:", false, true);
		assertThat(out()).isEqualTo("b2b2 -> d4d4 (head), Four\na1a1 -> b2b2 (current), Two\n"
				+ "c3c3 -> e5e5 (head), Five\na1a1 -> c3c3 (current), Three\n");
		reset();
		commands(database).history(":current", false, false);
		assertThat(out()).isEqualTo("a1a1 -> b2b2, Two\na1a1 -> c3c3, Three\n<base> -> a1a1 (branchpoint), One\n");
	}

	@Test
	void historyWithoutCurrentDoesNotConnect() {
		ScriptFiles.write(this.directory, script("a1a1", "One"));
		DatabaseCommands commands = scriptCommands().database(DatabaseTarget.of(new UnreachableDataSource()),
				MigrationOptions.defaults());
		commands.history(null, false, false);
		commands.history("base:heads", false, false);
		commands.show("a1a1");
		assertThat(out()).startsWith("<base> -> a1a1 (head), One\n<base> -> a1a1 (head), One\nRev: a1a1 (head)\n");
	}

	@DatabaseTest
	void showCurrentPrintsTheBlockOfEachRevisionInTheVersionTable(TestDatabase database) {
		twoTables();
		commands(database).show("current");
		assertThat(out()).isEmpty();
		commands(database).upgrade("a1a1");
		reset();
		List<Revision> shown = commands(database).show("current");
		assertThat(shown).extracting(Revision::id).containsExactly("a1a1");
		assertThat(out()).startsWith("Rev: a1a1\nParent: <base>\nPath: ");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.MARIADB })
	void optionsNameTheTablesAndADialectOverridesDetection(TestDatabase database) {
		twoTables();
		DatabaseCommands commands = scriptCommands().database(
				DatabaseTarget.of(database.dataSource()).withDialect(TestSql.dialect(database)),
				MigrationOptions.defaults().withVersionTable(dev.migrate.dialect.TableName.of("alembic_version")));
		commands.upgrade("head");
		assertThat(column(database, "SELECT version_num FROM alembic_version")).containsExactly("b2b2");
		assertThat(tableExists(database, "migrate_version")).isFalse();
		reset();
		commands.current(false, false);
		assertThat(out()).isEqualTo("b2b2 (head)\n");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.SQLITE, TestDatabaseKind.POSTGRESQL })
	void aNoTransactionRevisionRunsThroughTheCommand(TestDatabase database) {
		String index = (database.kind() == TestDatabaseKind.POSTGRESQL) ? "CREATE INDEX CONCURRENTLY" : "CREATE INDEX";
		ScriptFiles.write(this.directory, script("a1a1", "Create a").table(),
				script("b2b2", "Index a").revises("a1a1").sql(index + " i_a1a1 ON t_a1a1 (id);\n", "DROP INDEX i_a1a1;\n")
					.noTransaction());
		commands(database).upgrade("head");
		assertThat(versionRows(database)).containsExactly("b2b2");
		commands(database).downgrade("base");
		assertThat(versionRows(database)).isEmpty();
	}

	/**
	 * A data source that fails the test if a command connects.
	 */
	static final class UnreachableDataSource implements DataSource {

		@Override
		public Connection getConnection() throws SQLException {
			throw new AssertionError("connected");
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			throw new AssertionError("connected");
		}

		@Override
		public @Nullable PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(@Nullable PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() {
			return Logger.getGlobal();
		}

		@Override
		public <T> T unwrap(Class<T> iface) throws SQLException {
			throw new SQLException("not a wrapper");
		}

		@Override
		public boolean isWrapperFor(Class<?> iface) {
			return false;
		}

	}

}
