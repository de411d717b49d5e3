package dev.migrate.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.io.TempDir;

import dev.migrate.dialect.TableName;
import dev.migrate.script.IrreversibleRevisionException;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptParseException;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Migrator}: running plans, transactions and failures on each database.
 */
class MigratorTests {

	/** A revision whose third statement fails; its first creates a table, its second fills it. */
	private static final String FAILS_IN_THIRD_STATEMENT = """
			CREATE TABLE b_one (id INT);
			INSERT INTO b_one (id) VALUES (1);
			INSERT INTO missing_table (id) VALUES (1);
			""";

	@TempDir
	Path directory;

	@DatabaseTest
	void upgradesToHeadAndRecordsEachStep(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").table("b2", "a1").table("c3", "b2").load();
		MigrationResult result = upgrade(database, scripts, MigrationOptions.defaults());
		assertThat(result.rowsBefore()).isEmpty();
		assertThat(result.rowsAfter()).containsExactly("c3");
		assertThat(result.appliedSteps()).extracting((applied) -> applied.step().toRevisions())
			.containsExactly(List.of("a1"), List.of("b2"), List.of("c3"));
		assertThat(versionRows(database)).containsExactly("c3");
		assertThat(Databases.tableExists(database, "t_a1") && Databases.tableExists(database, "t_b2")
				&& Databases.tableExists(database, "t_c3")).isTrue();
		assertThat(Databases.column(database, "SELECT " + concat(database) + " FROM migrate_history ORDER BY id"))
			.containsExactly("a1 upgrade Revision a1", "b2 upgrade Revision b2", "c3 upgrade Revision c3");
		assertThat(Databases.column(database, "SELECT checksum FROM migrate_history WHERE revision = 'b2'"))
			.containsExactly(scripts.script("b2").checksum());
		assertThat(Databases.column(database, "SELECT installed_by FROM migrate_history")).allSatisfy(
				(user) -> assertThat(user).isNotBlank());
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL })
	void logsEachStepInAlembicsWords(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").table("b2", "a1").load();
		List<String> lines = new ArrayList<>();
		Migrator migrator = migrator(database, scripts, MigrationOptions.defaults());
		MigrationPlanner planner = MigrationPlanner.of(scripts);
		migrator.run((rows) -> planner.upgrade(rows, "head"), MigrationListener.progress(lines::add));
		migrator.run((rows) -> planner.downgrade(rows, "-1"), MigrationListener.progress(lines::add));
		assertThat(lines).containsExactly("Running upgrade  -> a1, Revision a1", "Running upgrade a1 -> b2, Revision b2",
				"Running downgrade b2 -> a1, Revision b2");
	}

	@DatabaseTest
	void keepsOneRowPerHeadAcrossBranchesAndMerges(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").table("b1", "a1").table("c1", "a1").table("m1", "b1, c1")
			.load();
		assertThat(run(database, scripts, MigrationOptions.defaults(),
				(planner) -> (rows) -> planner.upgrade(rows, "b1")).rowsAfter()).containsExactly("b1");
		assertThat(run(database, scripts, MigrationOptions.defaults(),
				(planner) -> (rows) -> planner.upgrade(rows, "c1")).rowsAfter()).containsExactlyInAnyOrder("b1", "c1");
		assertThat(versionRows(database)).containsExactlyInAnyOrder("b1", "c1");
		assertThat(upgrade(database, scripts, MigrationOptions.defaults()).rowsAfter()).containsExactly("m1");
		assertThat(versionRows(database)).containsExactly("m1");
		assertThat(run(database, scripts, MigrationOptions.defaults(),
				(planner) -> (rows) -> planner.downgrade(rows, "b1")).rowsAfter()).containsExactlyInAnyOrder("b1", "c1");
		assertThat(versionRows(database)).containsExactlyInAnyOrder("b1", "c1");
		assertThat(Databases.tableExists(database, "t_m1")).isFalse();
		assertThat(run(database, scripts, MigrationOptions.defaults(),
				(planner) -> (rows) -> planner.downgrade(rows, "base")).rowsAfter()).isEmpty();
		assertThat(versionRows(database)).isEmpty();
	}

	@DatabaseTest
	void aRunAtTheTargetReadsNoScriptBody(TestDatabase database) throws IOException {
		RevisionFiles files = files().table("a1", "").table("b2", "a1");
		upgrade(database, files.load(), MigrationOptions.defaults());
		ScriptDirectory headersOnly = files.load();
		Files.delete(files.path("a1"));
		Files.delete(files.path("b2"));
		MigrationResult result = upgrade(database, headersOnly, MigrationOptions.defaults());
		assertThat(result.changed()).isFalse();
		assertThat(result.rowsAfter()).containsExactly("b2");
	}

	@DatabaseTest
	void downgradesToBase(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").table("b2", "a1").load();
		upgrade(database, scripts, MigrationOptions.defaults());
		MigrationResult result = run(database, scripts, MigrationOptions.defaults(),
				(planner) -> (rows) -> planner.downgrade(rows, "base"));
		assertThat(result.rowsAfter()).isEmpty();
		assertThat(versionRows(database)).isEmpty();
		assertThat(Databases.tableExists(database, "t_a1") || Databases.tableExists(database, "t_b2")).isFalse();
		assertThat(Databases.column(database, "SELECT direction FROM migrate_history ORDER BY id"))
			.containsExactly("upgrade", "upgrade", "downgrade", "downgrade");
	}

	@DatabaseTest
	void stampsWithoutRunningScripts(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").table("b2", "a1").load();
		MigrationResult result = run(database, scripts, MigrationOptions.defaults(),
				(planner) -> (rows) -> planner.stamp(rows, List.of("b2"), false));
		assertThat(result.rowsAfter()).containsExactly("b2");
		assertThat(versionRows(database)).containsExactly("b2");
		assertThat(Databases.tableExists(database, "t_a1")).isFalse();
		assertThat(Databases.column(database, "SELECT " + concat(database) + " FROM migrate_history"))
			.containsExactly("b2 stamp  -> b2");
	}

	@DatabaseTest
	void aPurgingStampReplacesRowsNoScriptKnows(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").load();
		Databases.execute(database, new VersionTable(Databases.dialect(database), TableName.of("migrate_version"))
			.createSql(), "INSERT INTO migrate_version (version_num) VALUES ('gone1')");
		MigrationResult result = run(database, scripts, MigrationOptions.defaults(),
				(planner) -> (rows) -> planner.stamp(rows, List.of("a1"), true));
		assertThat(result.rowsBefore()).containsExactly("gone1");
		assertThat(result.rowsAfter()).containsExactly("a1");
		assertThat(versionRows(database)).containsExactly("a1");
	}

	@DatabaseTest
	void aRevisionFailingInItsThirdStatementLeavesTheVersionTableAtTheLastCompletedRevision(TestDatabase database) {
		RevisionFiles files = files().table("a1", "").revision("b2", "a1", FAILS_IN_THIRD_STATEMENT, "");
		ScriptDirectory scripts = files.load();
		MigrationFailedException failure = catchFailure(() -> upgrade(database, scripts, MigrationOptions.defaults()));
		assertThat(failure.revision()).isEqualTo("b2");
		assertThat(failure.origin()).isEqualTo(files.path("b2").toString());
		assertThat(failure.statement()).hasValueSatisfying((statement) -> {
			assertThat(statement.line()).isEqualTo(10);
			assertThat(statement.sql()).isEqualTo("INSERT INTO missing_table (id) VALUES (1)");
		});
		assertThat(failure.versionRows()).containsExactly("a1");
		assertThat(failure.getMessage())
			.startsWith("Revision b2 (" + files.path("b2") + ") failed to upgrade at line 10 (statement 3 of 3):"
					+ " INSERT INTO missing_table (id) VALUES (1). " + Databases.dialect(database).displayName()
					+ " said: ")
			.satisfies((message) -> assertThat(message.substring(message.indexOf(" said: ")))
				.containsIgnoringCase("missing_table"))
			.contains("The revision's transaction was rolled back.")
			.endsWith("The version table holds a1.");
		assertThat(versionRows(database)).containsExactly("a1");
		boolean transactionalDdl = Databases.dialect(database).transactionalDdl();
		assertThat(Databases.tableExists(database, "b_one")).isEqualTo(!transactionalDdl);
		if (!transactionalDdl) {
			assertThat(failure.getMessage()).contains("commits DDL statements as they run");
		}
		assertThat(Databases.column(database, "SELECT " + concat(database) + " FROM migrate_history ORDER BY id"))
			.containsExactly("a1 upgrade Revision a1", "b2 upgrade Revision b2");
		assertThat(Databases.column(database, "SELECT error_message FROM migrate_history WHERE revision = 'b2'"))
			.containsExactly(failure.getMessage());
		assertThat(Databases.column(database, "SELECT revision FROM migrate_history WHERE success = " + trueLiteral(database)))
			.containsExactly("a1");
	}

	@DatabaseTest
	void inTransactionModeAllAFailureRollsTheRunBackWhereDdlIsTransactional(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").revision("b2", "a1", FAILS_IN_THIRD_STATEMENT, "").load();
		MigrationFailedException failure = catchFailure(() -> upgrade(database, scripts,
				MigrationOptions.defaults().withTransactionMode(TransactionMode.ALL)));
		if (Databases.dialect(database).transactionalDdl()) {
			assertThat(failure.getMessage()).contains("The run's transaction was rolled back.")
				.endsWith("The version table is empty.");
			assertThat(versionRows(database)).isEmpty();
			assertThat(Databases.tableExists(database, "t_a1")).isFalse();
			assertThat(Databases.column(database, "SELECT revision FROM migrate_history")).containsExactly("b2");
		}
		else {
			// without transactional DDL the mode commits each revision, so the version table
			// keeps up with the schema
			assertThat(failure.versionRows()).containsExactly("a1");
			assertThat(versionRows(database)).containsExactly("a1");
			assertThat(Databases.tableExists(database, "t_a1")).isTrue();
		}
	}

	@DatabaseTest
	void inTransactionModeAllEveryRevisionCommitsAtTheEnd(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").table("b2", "a1").load();
		MigrationResult result = upgrade(database, scripts, MigrationOptions.defaults().withTransactionMode(TransactionMode.ALL));
		assertThat(result.rowsAfter()).containsExactly("b2");
		assertThat(versionRows(database)).containsExactly("b2");
		assertThat(Databases.column(database, "SELECT revision FROM migrate_history ORDER BY id")).containsExactly("a1",
				"b2");
	}

	@DatabaseTest
	void inTransactionModeNoneAFailureKeepsTheStatementsBeforeIt(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").revision("b2", "a1", FAILS_IN_THIRD_STATEMENT, "").load();
		MigrationFailedException failure = catchFailure(() -> upgrade(database, scripts,
				MigrationOptions.defaults().withTransactionMode(TransactionMode.NONE)));
		assertThat(failure.getMessage()).contains("Transaction mode none: the statements before the failed one stay"
				+ " applied");
		assertThat(versionRows(database)).containsExactly("a1");
		assertThat(Databases.column(database, "SELECT id FROM b_one")).containsExactly("1");
		assertThat(Databases.column(database, "SELECT revision FROM migrate_history ORDER BY id")).containsExactly("a1",
				"b2");
	}

	@DatabaseTest
	void aNoTransactionRevisionRunsOutsideTransactionsInEveryMode(TestDatabase database) {
		// PostgreSQL refuses CREATE INDEX CONCURRENTLY and SQLite refuses VACUUM inside a transaction
		String outsideOnly = switch (database.kind()) {
			case POSTGRESQL -> "CREATE INDEX CONCURRENTLY t_a1_id ON t_a1 (id);\n";
			case SQLITE -> "VACUUM;\n";
			default -> "CREATE INDEX t_a1_id ON t_a1 (id);\n";
		};
		for (TransactionMode mode : TransactionMode.values()) {
			Path modeDirectory = this.directory.resolve(mode.value());
			ScriptDirectory scripts = new RevisionFiles(createDirectory(modeDirectory)).table("a1", "")
				.noTransaction("b2", "a1", outsideOnly, "")
				.table("c3", "b2")
				.load();
			MigrationOptions options = MigrationOptions.defaults().withTransactionMode(mode)
				.withVersionTable(TableName.of("version_" + mode.name().toLowerCase()))
				.withHistoryTable(TableName.of("history_" + mode.name().toLowerCase()));
			Databases.execute(database, "DROP TABLE IF EXISTS t_a1", "DROP TABLE IF EXISTS t_c3");
			MigrationResult result = upgrade(database, scripts, options);
			assertThat(result.rowsAfter()).as(mode.value()).containsExactly("c3");
			assertThat(Databases.column(database, "SELECT version_num FROM version_" + mode.name().toLowerCase()))
				.as(mode.value()).containsExactly("c3");
		}
	}

	@DatabaseTest
	void aFailingNoTransactionRevisionKeepsTheStatementsBeforeTheFailure(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").noTransaction("b2", "a1", FAILS_IN_THIRD_STATEMENT, "").load();
		MigrationFailedException failure = catchFailure(() -> upgrade(database, scripts, MigrationOptions.defaults()));
		assertThat(failure.getMessage()).contains("The revision runs outside a transaction (-- migrate:no-transaction)")
			.endsWith("The version table holds a1.");
		assertThat(Databases.column(database, "SELECT id FROM b_one")).containsExactly("1");
		assertThat(versionRows(database)).containsExactly("a1");
		assertThat(Databases.column(database, "SELECT revision FROM migrate_history ORDER BY id")).containsExactly("a1",
				"b2");
	}

	@DatabaseTest
	void aRevisionTheDatabaseHoldsButNoScriptKnowsStopsTheRunBeforeAnythingRuns(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").load();
		Databases.execute(database, new VersionTable(Databases.dialect(database), TableName.of("migrate_version"))
			.createSql(), "INSERT INTO migrate_version (version_num) VALUES ('f00d')");
		assertThatExceptionOfType(UnknownVersionException.class)
			.isThrownBy(() -> upgrade(database, scripts, MigrationOptions.defaults()))
			.withMessageContaining("'f00d'");
		assertThat(Databases.tableExists(database, "t_a1")).isFalse();
		assertThat(Databases.tableExists(database, "migrate_history")).isFalse();
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.SQLITE })
	void anIrreversibleRevisionStopsADowngradeBeforeAnythingRuns(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "")
			.irreversible("b2", "a1", "CREATE TABLE t_b2 (id INT);\n")
			.table("c3", "b2")
			.load();
		upgrade(database, scripts, MigrationOptions.defaults());
		assertThatExceptionOfType(IrreversibleRevisionException.class)
			.isThrownBy(() -> run(database, scripts, MigrationOptions.defaults(),
					(planner) -> (rows) -> planner.downgrade(rows, "base")))
			.withMessageContaining("b2");
		assertThat(versionRows(database)).containsExactly("c3");
		assertThat(Databases.tableExists(database, "t_c3")).isTrue();
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.SQLITE })
	void aMalformedScriptStopsTheRunBeforeAnythingRuns(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").revision("b2", "a1", "INSERT INTO t VALUES ('open;\n", "")
			.load();
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> upgrade(database, scripts, MigrationOptions.defaults()));
		assertThat(Databases.tableExists(database, "t_a1")).isFalse();
	}

	@DatabaseTest
	void versionAndHistoryTablesNamedAfterReservedWordsOrInMixedCaseWork(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").table("b2", "a1").load();
		MigrationOptions options = MigrationOptions.defaults().withVersionTable(TableName.of("order"))
			.withHistoryTable(TableName.of("MixedCase"));
		upgrade(database, scripts, options);
		MigrationResult again = upgrade(database, scripts, options);
		assertThat(again.rowsBefore()).containsExactly("b2");
		String quote = (database.kind() == TestDatabaseKind.MARIADB) ? "`" : "\"";
		assertThat(Databases.column(database, "SELECT version_num FROM " + quote + "order" + quote)).containsExactly("b2");
		assertThat(Databases.column(database, "SELECT revision FROM " + quote + "MixedCase" + quote + " ORDER BY id"))
			.containsExactly("a1", "b2");
	}

	@DatabaseTest({ TestDatabaseKind.SQLITE, TestDatabaseKind.POSTGRESQL })
	void adoptsAVersionTableThatAlembicCreated(TestDatabase database) {
		Databases.execute(database,
				"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
						+ "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))",
				"CREATE TABLE t_a1 (id INT)", "INSERT INTO alembic_version (version_num) VALUES ('a1')");
		ScriptDirectory scripts = files().table("a1", "").table("b2", "a1").load();
		MigrationResult result = upgrade(database, scripts,
				MigrationOptions.defaults().withVersionTable(TableName.of("alembic_version")));
		assertThat(result.appliedSteps()).hasSize(1);
		assertThat(Databases.column(database, "SELECT version_num FROM alembic_version")).containsExactly("b2");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.MARIADB })
	void recordsWhoRanEachStep(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").load();
		upgrade(database, scripts, MigrationOptions.defaults().withInstalledBy("deploy-bot"));
		assertThat(Databases.column(database, "SELECT installed_by FROM migrate_history")).containsExactly("deploy-bot");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL })
	void aLongStatementIsQuotedByItsFirst200Characters(TestDatabase database) {
		String columns = String.join(", ", IntStream.range(0, 60).mapToObj((i) -> "c" + i + " INT").toList());
		ScriptDirectory scripts = files().revision("a1", "", "CREATE TABLE t_a1 (" + columns + ");\nCREATE TABLE t_a1 ("
				+ columns + ");\n", "").load();
		MigrationFailedException failure = catchFailure(() -> upgrade(database, scripts, MigrationOptions.defaults()));
		String quoted = ("CREATE TABLE t_a1 (" + columns).substring(0, 200) + "...";
		assertThat(failure.getMessage()).contains("(statement 2 of 2): " + quoted + ". ");
	}

	@DatabaseTest
	void readsTheCurrentRevisionsAndTheRecentHistory(TestDatabase database) {
		ScriptDirectory scripts = files().table("a1", "").table("b2", "a1").load();
		Migrator migrator = migrator(database, scripts, MigrationOptions.defaults());
		assertThat(migrator.currentRevisions()).isEmpty();
		assertThat(migrator.recentHistory(5)).isEmpty();
		upgrade(database, scripts, MigrationOptions.defaults());
		assertThat(migrator.currentRevisions()).containsExactly("b2");
		assertThat(migrator.recentHistory(5)).extracting((entry) -> entry.record().revision()).containsExactly("b2", "a1");
	}

	private RevisionFiles files() {
		return new RevisionFiles(this.directory);
	}

	private static Path createDirectory(Path path) {
		try {
			return Files.createDirectories(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Migrator migrator(TestDatabase database, ScriptDirectory scripts, MigrationOptions options) {
		return new Migrator(database.dataSource(), Databases.dialect(database), scripts, options);
	}

	static MigrationResult upgrade(TestDatabase database, ScriptDirectory scripts, MigrationOptions options) {
		return run(database, scripts, options, (planner) -> (rows) -> planner.upgrade(rows, "head"));
	}

	private static MigrationResult run(TestDatabase database, ScriptDirectory scripts, MigrationOptions options,
			Function<MigrationPlanner, Function<Set<String>, MigrationPlan>> planning) {
		MigrationPlanner planner = MigrationPlanner.of(scripts);
		return migrator(database, scripts, options).run(planning.apply(planner), MigrationListener.none());
	}

	private static MigrationFailedException catchFailure(Runnable run) {
		try {
			run.run();
		}
		catch (MigrationFailedException ex) {
			return ex;
		}
		throw new AssertionError("Expected a MigrationFailedException");
	}

	private static List<String> versionRows(TestDatabase database) {
		return Databases.column(database, "SELECT version_num FROM migrate_version");
	}

	/**
	 * Returns an expression of revision, direction and message separated by spaces.
	 */
	private static String concat(TestDatabase database) {
		return (database.kind() == TestDatabaseKind.MARIADB) ? "CONCAT(revision, ' ', direction, ' ', message)"
				: "revision || ' ' || direction || ' ' || message";
	}

	private static String trueLiteral(TestDatabase database) {
		return (database.kind() == TestDatabaseKind.SQLITE) ? "1" : "TRUE";
	}

}
