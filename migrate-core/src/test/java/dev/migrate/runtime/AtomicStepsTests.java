package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.migrate.dialect.AtomicBatch;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.TableName;
import dev.migrate.script.SqlStatement;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AtomicSteps}.
 */
class AtomicStepsTests {

	private final Dialect postgres = Dialects.forName("postgresql");

	private final VersionTable versionTable = new VersionTable(this.postgres, TableName.of("migrate_version"));

	private final HistoryTable historyTable = new HistoryTable(this.postgres, TableName.of("migrate_history"));

	@Test
	void findsTheFirstWordAfterCommentsAndParentheses() {
		assertThat(AtomicSteps.firstWord("  -- note\n/* block */ (SELECT 1)")).isEqualTo("select");
		assertThat(AtomicSteps.firstWord("CREATE TABLE t (id INT)")).isEqualTo("create");
		assertThat(AtomicSteps.firstWord("-- only a comment")).isEmpty();
	}

	@Test
	void statementsThatReturnRowsDoNotFitABatch() {
		assertThat(AtomicSteps.fits(List.of(statement("CREATE TABLE t (id INT)"), statement("INSERT INTO t VALUES (1)"))))
			.isTrue();
		assertThat(AtomicSteps.fits(List.of(statement("CREATE TABLE t (id INT)"), statement("select setval('s', 1)"))))
			.isFalse();
		assertThat(AtomicSteps.fits(List.of(statement("WITH x AS (SELECT 1) SELECT * FROM x")))).isFalse();
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void commitsStatementsVersionChangeAndHistoryRowTogether(TestDatabase database) throws SQLException {
		try (Connection connection = prepared(database, "a1")) {
			Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
			boolean committed = steps().run(connection, List.of(statement("CREATE TABLE todos (id INT)")),
					List.of(new VersionRowChange.Update("a1", "b2")), record("b2", startedAt), true);
			assertThat(committed).isTrue();
			assertThat(tableExists(connection, "todos")).isTrue();
			assertThat(this.versionTable.read(connection)).containsExactly("b2");
			List<HistoryEntry> history = this.historyTable.recent(connection, 10);
			assertThat(history).hasSize(1);
			assertThat(history.get(0).record().revision()).isEqualTo("b2");
			assertThat(history.get(0).record().startedAt()).isEqualTo(startedAt);
			assertThat(history.get(0).record().duration()).isGreaterThanOrEqualTo(Duration.ZERO);
			assertThat(history.get(0).record().success()).isTrue();
		}
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void commitsNothingWhenTheVersionRowToChangeIsMissing(TestDatabase database) throws SQLException {
		try (Connection connection = prepared(database, "other")) {
			boolean committed = steps().run(connection, List.of(statement("CREATE TABLE todos (id INT)")),
					List.of(new VersionRowChange.Update("a1", "b2")), record("b2", Instant.now()), true);
			assertThat(committed).isFalse();
			assertThat(tableExists(connection, "todos")).isFalse();
			assertThat(this.versionTable.read(connection)).containsExactly("other");
			assertThat(this.historyTable.recent(connection, 10)).isEmpty();
		}
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void commitsNothingWhenAStatementFails(TestDatabase database) throws SQLException {
		try (Connection connection = prepared(database, "a1")) {
			boolean committed = steps().run(connection,
					List.of(statement("CREATE TABLE todos (id INT)"), statement("CREATE TABLE lists (id INT)"),
							statement("INSERT INTO missing VALUES (1)")),
					List.of(new VersionRowChange.Delete("a1")), record("a1", Instant.now()), true);
			assertThat(committed).isFalse();
			assertThat(tableExists(connection, "todos")).isFalse();
			assertThat(tableExists(connection, "lists")).isFalse();
			assertThat(this.versionTable.read(connection)).containsExactly("a1");
		}
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void makesAMergeStepsChangesWithItsHistoryRow(TestDatabase database) throws SQLException {
		try (Connection connection = prepared(database, "a1")) {
			this.versionTable.apply(connection, List.of(new VersionRowChange.Insert("b1")));
			boolean committed = steps().run(connection, List.of(statement("CREATE TABLE todos (id INT)")),
					List.of(new VersionRowChange.Delete("a1"), new VersionRowChange.Update("b1", "m1")),
					record("m1", Instant.now()), true);
			assertThat(committed).isTrue();
			assertThat(this.versionTable.read(connection)).containsExactly("m1");
			assertThat(this.historyTable.recent(connection, 10)).extracting((entry) -> entry.record().revision())
				.containsExactly("m1");
		}
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void commitsNothingWhenOneOfAMergeStepsRowsIsMissing(TestDatabase database) throws SQLException {
		try (Connection connection = prepared(database, "a1")) {
			boolean committed = steps().run(connection, List.of(statement("CREATE TABLE todos (id INT)")),
					List.of(new VersionRowChange.Delete("a1"), new VersionRowChange.Update("b1", "m1")),
					record("m1", Instant.now()), true);
			assertThat(committed).isFalse();
			assertThat(tableExists(connection, "todos")).isFalse();
			assertThat(this.versionTable.read(connection)).containsExactly("a1");
			assertThat(this.historyTable.recent(connection, 10)).isEmpty();
		}
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void addsTheFirstVersionRow(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			this.versionTable.create(connection);
			this.historyTable.create(connection);
			boolean committed = steps().run(connection, List.of(statement("CREATE TABLE todos (id INT)")),
					List.of(new VersionRowChange.Insert("a1")), record("a1", Instant.now()), true);
			assertThat(committed).isTrue();
			assertThat(this.versionTable.read(connection)).containsExactly("a1");
		}
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void commitsWithoutWaitingForTheDiskUntilTheLastStep(TestDatabase database) throws SQLException {
		try (Connection connection = prepared(database, "a1")) {
			AtomicSteps steps = steps();
			runDeferredFirstStep(steps, connection);
			assertThat(synchronousCommit(connection)).isEqualTo("off");
			assertThat(steps.run(connection, List.of(statement("CREATE TABLE lists (id INT)")),
					List.of(new VersionRowChange.Update("b2", "c3")), record("c3", Instant.now()), true))
				.isTrue();
			assertThat(synchronousCommit(connection)).isEqualTo("local");
			assertThat(this.versionTable.read(connection)).containsExactly("c3");
		}
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void waitsForTheDiskAgainWhenABatchFails(TestDatabase database) throws SQLException {
		try (Connection connection = prepared(database, "a1")) {
			AtomicSteps steps = steps();
			runDeferredFirstStep(steps, connection);
			assertThat(steps.run(connection, List.of(statement("INSERT INTO missing VALUES (1)")),
					List.of(new VersionRowChange.Update("b2", "c3")), record("c3", Instant.now()), false))
				.isFalse();
			assertThat(synchronousCommit(connection)).isEqualTo("local");
			assertThat(this.versionTable.read(connection)).containsExactly("b2");
		}
	}

	/**
	 * Makes commits wait for the disk locally, as they do by default (the tests' sessions do
	 * not wait), then runs a step that a later step follows, from a1 to b2.
	 */
	private void runDeferredFirstStep(AtomicSteps steps, Connection connection) throws SQLException {
		execute(connection, "SET synchronous_commit TO local");
		assertThat(steps.run(connection, List.of(statement("CREATE TABLE todos (id INT)")),
				List.of(new VersionRowChange.Update("a1", "b2")), record("b2", Instant.now()), false))
			.isTrue();
	}

	private static String synchronousCommit(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW synchronous_commit")) {
			result.next();
			return result.getString(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private AtomicSteps steps() {
		AtomicBatch batch = this.postgres.atomicBatch().orElseThrow();
		return new AtomicSteps(batch, this.versionTable, this.historyTable);
	}

	private Connection prepared(TestDatabase database, String versionRow) throws SQLException {
		Connection connection = database.getConnection();
		this.versionTable.create(connection);
		this.historyTable.create(connection);
		this.versionTable.apply(connection, List.of(new VersionRowChange.Insert(versionRow)));
		return connection;
	}

	private static HistoryRecord record(String revision, Instant startedAt) {
		return new HistoryRecord(revision, StepDirection.UPGRADE, "Create todos", Optional.of("sha256:00"), "tester",
				startedAt, Duration.ZERO, Optional.empty());
	}

	private static SqlStatement statement(String sql) {
		return new SqlStatement(sql, 1);
	}

	private static boolean tableExists(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
								+ " AND table_name = '" + table + "'")) {
			result.next();
			return result.getInt(1) == 1;
		}
	}

}
