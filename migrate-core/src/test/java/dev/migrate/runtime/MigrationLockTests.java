package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.LockRequest;
import dev.migrate.dialect.TableName;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MigrationLock} with each dialect's lock strategy.
 */
class MigrationLockTests {

	private static final TableName VERSION_TABLE = TableName.of("migrate_version");

	@DatabaseTest
	void aSecondSessionTimesOutWithAMessageNamingTheLock(TestDatabase database) throws SQLException {
		Dialect dialect = Databases.dialect(database);
		try (Connection first = database.getConnection(); Connection second = database.getConnection();
				MigrationLock held = MigrationLock.acquire(dialect, request(database, first, Duration.ofSeconds(5)))) {
			long started = System.nanoTime();
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> MigrationLock.acquire(dialect, request(database, second, Duration.ofMillis(1000))))
				.withMessageStartingWith("Timed out after 1s waiting for the migration lock (" + held.description() + ")")
				.withMessageContaining("--lock-timeout")
				.satisfies((ex) -> assertThat(ex.timeout()).isEqualTo(Duration.ofSeconds(1)));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900),
					Duration.ofSeconds(4));
		}
	}

	@DatabaseTest
	void aZeroTimeoutDoesNotWait(TestDatabase database) throws SQLException {
		Dialect dialect = Databases.dialect(database);
		try (Connection first = database.getConnection(); Connection second = database.getConnection();
				MigrationLock held = MigrationLock.acquire(dialect, request(database, first, Duration.ZERO))) {
			long started = System.nanoTime();
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> MigrationLock.acquire(dialect, request(database, second, Duration.ZERO)));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(900));
		}
	}

	@DatabaseTest
	void aReleasedLockCanBeTakenAgain(TestDatabase database) throws SQLException {
		Dialect dialect = Databases.dialect(database);
		try (Connection first = database.getConnection(); Connection second = database.getConnection()) {
			MigrationLock.acquire(dialect, request(database, first, Duration.ZERO)).release();
			MigrationLock.acquire(dialect, request(database, second, Duration.ZERO)).release();
			MigrationLock.acquire(dialect, request(database, first, Duration.ZERO)).release();
		}
	}

	@DatabaseTest
	void aSessionThatEndsWithoutReleasingHoldsNothing(TestDatabase database) throws SQLException {
		Dialect dialect = Databases.dialect(database);
		Connection crashed = database.getConnection();
		MigrationLock.acquire(dialect, request(database, crashed, Duration.ZERO));
		// on H2 the lock's own connection comes from the data source: only closing every
		// connection the run opened stands for the process dying
		crashed.close();
		if (database.kind() == TestDatabaseKind.H2) {
			abortLockSessions(database);
		}
		try (Connection next = database.getConnection()) {
			MigrationLock.acquire(dialect, request(database, next, Duration.ofSeconds(5))).release();
		}
	}

	@DatabaseTest
	void locksOfDifferentVersionTablesDoNotMeet(TestDatabase database) throws SQLException {
		Dialect dialect = Databases.dialect(database);
		try (Connection first = database.getConnection(); Connection second = database.getConnection();
				MigrationLock held = MigrationLock.acquire(dialect, request(database, first, Duration.ZERO))) {
			if (database.kind() == TestDatabaseKind.SQLITE) {
				// SQLite's lock is the whole database file
				return;
			}
			MigrationLock.acquire(dialect, new LockRequest(second, database.dataSource(), TableName.of("other_version"),
					Duration.ZERO)).release();
		}
	}

	/**
	 * Stands for the death of the process that holds the H2 lock by closing the sessions that
	 * hold rows of the lock table.
	 */
	private static void abortLockSessions(TestDatabase database) {
		List<String> holders = Databases.column(database,
				"SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS WHERE CONTAINS_UNCOMMITTED");
		assertThat(holders).hasSize(1);
		for (String id : holders) {
			Databases.execute(database, "CALL ABORT_SESSION(" + id + ")");
		}
	}

	private static LockRequest request(TestDatabase database, Connection connection, Duration timeout) {
		return new LockRequest(connection, database.dataSource(), VERSION_TABLE, timeout);
	}

}
