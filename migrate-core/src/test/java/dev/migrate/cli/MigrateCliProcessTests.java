package dev.migrate.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.migrate.command.ScriptFiles;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrate.command.ScriptFiles.script;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link MigrateCli} as a separate process and kills it in the middle of an upgrade: the
 * database must release the process's lock by itself, and the next run must finish.
 */
class MigrateCliProcessTests {

	/** Long enough to kill the process during it, short enough that the orphaned statement ends soon. */
	private static final int SLEEP_SECONDS = 4;

	@TempDir
	Path directory;

	@DatabaseTest({ TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void aKilledRunnerLeavesNoLockAndTheNextRunFinishes(TestDatabase database) throws Exception {
		String sleep = (database.kind() == TestDatabaseKind.POSTGRESQL) ? "SELECT pg_sleep(" + SLEEP_SECONDS + ")"
				: "SELECT SLEEP(" + SLEEP_SECONDS + ")";
		Path scripts = ScriptFiles.write(this.directory.resolve("db/migrate"),
				script("a1a1", "Create a").sql("CREATE TABLE t_a (id INT);", "DROP TABLE t_a;"),
				script("b2b2", "Slow revision").revises("a1a1").sql(sleep + ";", ""),
				script("c3c3", "Create c").revises("b2b2").sql("CREATE TABLE t_c (id INT);", "DROP TABLE t_c;"));
		Process runner = start(database, scripts, "upgrade", "head");
		try {
			awaitStatement(database, sleep, runner);
			assertThat(versionRows(database)).containsExactly("a1a1");
		}
		finally {
			runner.destroyForcibly();
			assertThat(runner.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		Process next = start(database, scripts, "--lock-timeout=60s", "upgrade", "head");
		assertThat(next.waitFor(90, TimeUnit.SECONDS)).as("the next run finishes").isTrue();
		String output = new String(next.getInputStream().readAllBytes());
		assertThat(next.exitValue()).as(output).isZero();
		assertThat(versionRows(database)).containsExactly("c3c3");
		assertThat(output).contains("Running upgrade a1a1 -> b2b2, Slow revision")
			.contains("Running upgrade b2b2 -> c3c3, Create c");
	}

	private Process start(TestDatabase database, Path scripts, String... command) throws IOException {
		List<String> arguments = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), MigrateCli.class.getName(), "--url", database.url(),
				"--locations=filesystem:" + scripts));
		if (!database.user().isEmpty()) {
			arguments.add("--user=" + database.user());
		}
		if (!database.password().isEmpty()) {
			arguments.add("--password=" + database.password());
		}
		arguments.addAll(List.of(command));
		return new ProcessBuilder(arguments).directory(this.directory.toFile()).redirectErrorStream(true).start();
	}

	/** Waits until the database runs the statement for the runner (which must still be alive). */
	private static void awaitStatement(TestDatabase database, String statement, Process runner) throws Exception {
		String activity = (database.kind() == TestDatabaseKind.POSTGRESQL)
				? "SELECT query FROM pg_stat_activity WHERE state = 'active'"
				: "SELECT info FROM information_schema.processlist WHERE info IS NOT NULL";
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(runner.isAlive()).as("the runner is still running").isTrue();
			try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
					ResultSet rows = query.executeQuery(activity)) {
				while (rows.next()) {
					String running = rows.getString(1);
					if (running != null && running.contains(statement) && !running.contains("pg_stat_activity")
							&& !running.contains("processlist")) {
						return;
					}
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The runner never ran " + statement);
	}

	private static List<String> versionRows(TestDatabase database) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = database.getConnection(); Statement query = connection.createStatement();
				ResultSet result = query.executeQuery("SELECT version_num FROM migrate_version")) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

}
