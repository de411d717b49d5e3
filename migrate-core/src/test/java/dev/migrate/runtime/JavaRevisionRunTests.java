package dev.migrate.runtime;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialects;
import dev.migrate.ops.Operation;
import dev.migrate.script.JavaRevisionException;
import dev.migrate.script.Location;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.testing.CatalogSnapshot;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for how {@link Migrator} and {@link OfflineSqlWriter} run and write Java revisions:
 * failures, recording before the run, JDBC work, revisions outside transactions, history rows.
 * The chain of every operation is in {@link JavaRevisionChainTests}.
 */
class JavaRevisionRunTests {

	private static final String PACKAGES = "dev.migrate.runtime.javarun.";

	@TempDir
	Path directory;

	@DatabaseTest
	void aFailingOperationIsNamedWithItsRevisionClassAndStatement(TestDatabase database) {
		ScriptDirectory scripts = load("failing");
		MigrationFailedException failure = catchFailure(() -> upgrade(database, scripts));
		assertThat(failure.revision()).isEqualTo("fail1");
		assertThat(failure.origin()).isEqualTo("dev.migrate.runtime.javarun.failing.CreateThenFail");
		assertThat(failure.operation()).contains(new Operation.ExecuteSql("INSERT INTO missing_table (id) VALUES (?)",
				List.of(1)));
		assertThat(failure.statement()).isEmpty();
		assertThat(failure.getMessage())
			.startsWith("Revision fail1 (dev.migrate.runtime.javarun.failing.CreateThenFail) failed to upgrade at"
					+ " operation 3 of 3 (execute): INSERT INTO missing_table (id) VALUES (?). "
					+ Databases.dialect(database).displayName() + " said: ")
			.contains("The revision's transaction was rolled back.")
			.endsWith("The version table is empty.");
		assertThat(failure.versionRows()).isEmpty();
		boolean transactionalDdl = Databases.dialect(database).transactionalDdl();
		assertThat(Databases.tableExists(database, "f_one")).isEqualTo(!transactionalDdl);
		assertThat(Databases.column(database, "SELECT error_message FROM migrate_history WHERE revision = 'fail1'"))
			.containsExactly(failure.getMessage());
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.SQLITE })
	void aMigrationMethodThatThrowsStopsTheRunBeforeAnythingRuns(TestDatabase database) {
		ScriptDirectory scripts = load("recording");
		assertThatExceptionOfType(JavaRevisionException.class).isThrownBy(() -> upgrade(database, scripts))
			.withMessage("Revision rec2 (dev.migrate.runtime.javarun.recording.BrokenSecond) failed while recording its"
					+ " upgrade operations: IllegalStateException: forgot to configure the table");
		assertThat(Databases.tableExists(database, "r_first")).isFalse();
		assertThat(Databases.tableExists(database, "migrate_version")).isFalse();
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.SQLITE })
	void failingJdbcWorkIsNamedByTheClassThatWroteIt(TestDatabase database) {
		ScriptDirectory scripts = load("jdbc");
		MigrationFailedException failure = catchFailure(() -> upgrade(database, scripts));
		assertThat(failure.operation()).hasValueSatisfying(
				(operation) -> assertThat(operation).isInstanceOf(Operation.RunJdbc.class));
		assertThat(failure.getMessage())
			.startsWith("Revision jdbc1 (dev.migrate.runtime.javarun.jdbc.FailingWork) failed to upgrade at operation 2"
					+ " of 2 (run JDBC work in dev.migrate.runtime.javarun.jdbc.FailingWork). ")
			.containsIgnoringCase("missing_table");
	}

	@DatabaseTest
	void recordsEachStepWithTheChecksumOfItsClass(TestDatabase database) {
		ScriptDirectory scripts = load("notransaction");
		MigratorTests.migrator(database, scripts, MigrationOptions.defaults())
			.run((rows) -> MigrationPlanner.of(scripts).upgrade(rows, "notx1"), MigrationListener.none());
		assertThat(Databases.column(database, "SELECT checksum FROM migrate_history WHERE revision = 'notx1'"))
			.containsExactly(scripts.script("notx1").checksum());
		assertThat(Databases.column(database, "SELECT version_num FROM migrate_version")).containsExactly("notx1");
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void aRevisionMarkedNotTransactionalRunsOutsideATransaction(TestDatabase database) {
		ScriptDirectory scripts = load("notransaction");
		upgrade(database, scripts);
		assertThat(Databases.column(database, "SELECT indexname FROM pg_indexes WHERE tablename = 'todos'"))
			.contains("ix_todos_title");
		assertThat(Databases.column(database, "SELECT version_num FROM migrate_version")).containsExactly("notx2");
		MigratorTests.migrator(database, scripts, MigrationOptions.defaults())
			.run((rows) -> MigrationPlanner.of(scripts).downgrade(rows, "notx1"), MigrationListener.none());
		assertThat(Databases.column(database, "SELECT indexname FROM pg_indexes WHERE tablename = 'todos'"))
			.doesNotContain("ix_todos_title");
	}

	@Test
	void jdbcWorkHasNoOfflineFormAndIsRefusedNamingTheRevision() {
		ScriptDirectory scripts = ScriptDirectory.load(List.of(),
				List.of("dev.migrate.runtime.chain.common", "dev.migrate.runtime.chain.data"), getClass().getClassLoader());
		OfflineSqlWriter writer = new OfflineSqlWriter(Dialects.forName("postgresql"), scripts,
				MigrationOptions.defaults());
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> writer.write(MigrationPlanner.of(scripts).offlineUpgrade("chain07:data1")))
			.withMessage("Revision data1 (dev.migrate.runtime.chain.data.UpperCaseDisplayNames) cannot be written as SQL:"
					+ " its upgrade's operation 1 of 1 (run JDBC work in"
					+ " dev.migrate.runtime.chain.data.UpperCaseDisplayNames) runs Java code with the connection, which"
					+ " only an online run can do; run this revision online, or move the SQL it needs into execute(...)"
					+ " operations");
	}

	@DatabaseTest
	void sqlAndJavaRevisionsRunInOneGraph(TestDatabase database) {
		ScriptDirectory scripts = mixed();
		MigrationResult result = upgrade(database, scripts);
		assertThat(result.appliedSteps()).extracting((applied) -> applied.step().toRevisions())
			.containsExactly(List.of("sqlbase"), List.of("javamid"), List.of("sqltop"));
		assertThat(Databases.column(database, "SELECT priority FROM todos")).containsExactly("3");
		MigratorTests.migrator(database, scripts, MigrationOptions.defaults())
			.run((rows) -> MigrationPlanner.of(scripts).downgrade(rows, "sqlbase"), MigrationListener.none());
		assertThat(Databases.tableExists(database, "todos")).isTrue();
		assertThat(Databases.column(database, "SELECT COUNT(*) FROM todos")).containsExactly("0");
		assertThat(CatalogSnapshot.of(database).table("todos").orElseThrow().column("priority")).isEmpty();
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void aStepNotSentAsABatchWaitsForTheDiskOnPostgres(TestDatabase database) {
		// the first revision (outside a batch) makes the session's commits wait, as they do by
		// default; the second is sent as a batch whose commit need not; the Java revision's
		// commit must wait again
		new RevisionFiles(this.directory)
			.noTransaction("sqlsetting", "", "CREATE TABLE notes (setting VARCHAR(20)); SET synchronous_commit TO local;",
					"DROP TABLE notes;")
			.revision("sqlbatched", "sqlsetting", "CREATE TABLE todos (id INTEGER);", "DROP TABLE todos;")
			.revision("sqllast", "javanote", "CREATE TABLE lists (id INTEGER);", "DROP TABLE lists;");
		ScriptDirectory scripts = ScriptDirectory.load(List.of(Location.filesystem(this.directory)),
				List.of(PACKAGES + "durability"), getClass().getClassLoader());
		MigrationResult result = upgrade(database, scripts);
		assertThat(result.rowsAfter()).containsExactly("sqllast");
		assertThat(Databases.column(database, "SELECT setting FROM notes")).containsExactly("local");
	}

	@Test
	void sqlAndJavaRevisionsAreWrittenOfflineInOrder() {
		ScriptDirectory scripts = mixed();
		String script = new OfflineSqlWriter(Dialects.forName("postgresql"), scripts, MigrationOptions.defaults())
			.write(MigrationPlanner.of(scripts).offlineUpgrade("base:head"));
		assertThat(script).containsSubsequence("CREATE TABLE todos (id INTEGER PRIMARY KEY, title VARCHAR(100));",
				"-- Running upgrade sqlbase -> javamid", "ALTER TABLE todos ADD COLUMN priority integer DEFAULT 0 NOT NULL;",
				"CREATE INDEX ix_todos_priority ON todos (priority);",
				"UPDATE migrate_version SET version_num = 'javamid' WHERE version_num = 'sqlbase';",
				"INSERT INTO todos (id, title, priority) VALUES (1, 'Write docs', 3);");
	}

	/**
	 * An SQL revision, a Java revision changing its table, and an SQL revision using the Java
	 * revision's column.
	 */
	private ScriptDirectory mixed() {
		new RevisionFiles(this.directory)
			.revision("sqlbase", "", "CREATE TABLE todos (id INTEGER PRIMARY KEY, title VARCHAR(100));",
					"DROP TABLE todos;")
			.revision("sqltop", "javamid", "INSERT INTO todos (id, title, priority) VALUES (1, 'Write docs', 3);",
					"DELETE FROM todos;");
		return ScriptDirectory.load(List.of(Location.filesystem(this.directory)), List.of(PACKAGES + "mixed"),
				getClass().getClassLoader());
	}

	private static ScriptDirectory load(String packageName) {
		return ScriptDirectory.load(List.of(), List.of(PACKAGES + packageName),
				JavaRevisionRunTests.class.getClassLoader());
	}

	private static MigrationResult upgrade(TestDatabase database, ScriptDirectory scripts) {
		return MigratorTests.migrator(database, scripts, MigrationOptions.defaults())
			.run((rows) -> MigrationPlanner.of(scripts).upgrade(rows, "head"), MigrationListener.none());
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

}
