package dev.migrate.runtime;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;

import dev.migrate.dialect.LockRequest;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Migrator} with several runners on one database at once.
 */
class MigratorConcurrencyTests {

	private static final int RUNNERS = 8;

	private static final int REVISIONS = 12;

	@TempDir
	Path directory;

	@DatabaseTest
	void concurrentRunnersApplyEachRevisionExactlyOnceAndAllSucceed(TestDatabase database) throws Exception {
		RevisionFiles files = new RevisionFiles(this.directory);
		String previous = "";
		for (int i = 1; i <= REVISIONS; i++) {
			String id = "r" + i;
			// applying a revision twice would fail on its CREATE TABLE
			files.revision(id, previous, "CREATE TABLE t_" + id + " (id INT);\nINSERT INTO t_" + id + " (id) VALUES (" + i
					+ ");\n", "DROP TABLE t_" + id + ";\n");
			previous = id;
		}
		ScriptDirectory scripts = files.load();
		MigrationOptions options = MigrationOptions.defaults().withLockTimeout(Duration.ofSeconds(60));
		ExecutorService executor = Executors.newFixedThreadPool(RUNNERS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MigrationResult>> results = new ArrayList<>();
			for (int i = 0; i < RUNNERS; i++) {
				results.add(executor.submit(() -> {
					start.await();
					return MigratorTests.upgrade(database, scripts, options);
				}));
			}
			start.countDown();
			int applied = 0;
			for (Future<MigrationResult> result : results) {
				MigrationResult done = result.get(2, TimeUnit.MINUTES);
				assertThat(done.rowsAfter()).containsExactly("r" + REVISIONS);
				applied += done.appliedSteps().size();
			}
			assertThat(applied).isEqualTo(REVISIONS);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(Databases.column(database, "SELECT version_num FROM migrate_version")).containsExactly("r" + REVISIONS);
		assertThat(Databases.column(database, "SELECT count(*) FROM migrate_history")).containsExactly(
				String.valueOf(REVISIONS));
		assertThat(Databases.column(database, "SELECT count(DISTINCT revision) FROM migrate_history"))
			.containsExactly(String.valueOf(REVISIONS));
	}

	@DatabaseTest({ TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void aRunnerWhoseSessionDiesHalfWayLeavesNoLockBehind(TestDatabase database) throws Exception {
		String sleep = (database.kind() == TestDatabaseKind.POSTGRESQL) ? "SELECT pg_sleep(60)" : "SELECT SLEEP(60)";
		RevisionFiles files = new RevisionFiles(this.directory).table("a1", "")
			.revision("b2", "a1", "CREATE TABLE t_b2 (id INT);\n" + sleep + ";\n", "");
		ScriptDirectory slow = files.load();
		MigrationOptions options = MigrationOptions.defaults().withLockTimeout(Duration.ofSeconds(10));
		CountDownLatch sleeping = new CountDownLatch(1);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			MigrationPlanner planner = MigrationPlanner.of(slow);
			Future<MigrationResult> dying = executor.submit(() -> MigratorTests.migrator(database, slow, options)
				.run((rows) -> planner.upgrade(rows, "head"), new MigrationListener() {

					@Override
					public void stepStarting(MigrationStep step) {
						if (step.toRevisions().contains("b2")) {
							sleeping.countDown();
						}
					}

				}));
			assertThat(sleeping.await(30, TimeUnit.SECONDS)).isTrue();
			killSessionRunning(database, sleep);
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> dying.get(30, TimeUnit.SECONDS));
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(Databases.column(database, "SELECT version_num FROM migrate_version")).containsExactly("a1");
		ScriptDirectory fixed = files.revision("b2", "a1", "CREATE TABLE IF NOT EXISTS t_b2 (id INT);\n", "").load();
		assertThat(MigratorTests.upgrade(database, fixed, options).rowsAfter()).containsExactly("b2");
	}

	/**
	 * Kills the session running a statement, as the death of its process would end it.
	 */
	private static void killSessionRunning(TestDatabase database, String statement) throws InterruptedException {
		String find = (database.kind() == TestDatabaseKind.POSTGRESQL)
				? "SELECT pid FROM pg_stat_activity WHERE query LIKE '" + statement + "%'"
				: "SELECT id FROM information_schema.processlist WHERE info LIKE '" + statement + "%'";
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		List<String> sessions = Databases.column(database, find);
		while (sessions.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(20);
			sessions = Databases.column(database, find);
		}
		assertThat(sessions).hasSize(1);
		Databases.execute(database, (database.kind() == TestDatabaseKind.POSTGRESQL)
				? "SELECT pg_terminate_backend(" + sessions.get(0) + ")" : "KILL " + sessions.get(0));
	}

	@DatabaseTest
	void aRunnerThatCannotTakeTheLockInTimeFailsWithoutRunningAnything(TestDatabase database) throws SQLException {
		ScriptDirectory scripts = new RevisionFiles(this.directory).table("a1", "").load();
		MigrationOptions options = MigrationOptions.defaults().withLockTimeout(Duration.ofMillis(500));
		try (Connection holder = database.getConnection();
				MigrationLock lock = MigrationLock.acquire(Databases.dialect(database), new LockRequest(holder,
						database.dataSource(), options.versionTable(), Duration.ZERO))) {
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> MigratorTests.upgrade(database, scripts, options))
				.withMessageStartingWith("Timed out after 500ms waiting for the migration lock (" + lock.description());
		}
		assertThat(Databases.tableExists(database, "t_a1")).isFalse();
		assertThat(MigratorTests.upgrade(database, scripts, options).rowsAfter()).containsExactly("a1");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void aRunnerThatFindsTheDatabaseAtTheTargetDoesNotWaitForTheLock(TestDatabase database) throws SQLException {
		ScriptDirectory scripts = new RevisionFiles(this.directory).table("a1", "").load();
		MigrationOptions options = MigrationOptions.defaults().withLockTimeout(Duration.ofMillis(500));
		MigratorTests.upgrade(database, scripts, options);
		try (Connection holder = database.getConnection();
				MigrationLock lock = MigrationLock.acquire(Databases.dialect(database), new LockRequest(holder,
						database.dataSource(), options.versionTable(), Duration.ZERO))) {
			MigrationResult result = MigratorTests.upgrade(database, scripts, options);
			assertThat(result.appliedSteps()).isEmpty();
			assertThat(result.rowsAfter()).containsExactly("a1");
		}
	}

}
