package dev.migrate.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.migrate.command.ScriptFiles;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrate.command.ScriptFiles.script;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the database commands of {@link MigrateCli} ({@code upgrade}, {@code downgrade},
 * {@code stamp}, {@code current}, {@code history -i}, {@code show current} and their
 * {@code --sql} forms), run in-process with captured standard output and error.
 */
class MigrateCliDatabaseTests {

	@TempDir
	Path workingDirectory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs with {@code --locations} pointing at the working directory's {@code db/migrate}. */
	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		List<String> all = new ArrayList<>();
		all.add("--locations=filesystem:" + scripts());
		all.addAll(List.of(args));
		return new MigrateCli(this.workingDirectory, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.execute(all.toArray(String[]::new));
	}

	/** Runs with the test database's URL, user and password before the arguments. */
	private int run(TestDatabase database, String... args) {
		List<String> all = new ArrayList<>(List.of("--url", database.url()));
		if (!database.user().isEmpty()) {
			all.add("--user=" + database.user());
		}
		if (!database.password().isEmpty()) {
			all.add("--password=" + database.password());
		}
		all.addAll(List.of(args));
		return run(all.toArray(String[]::new));
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

	private void twoTables() {
		ScriptFiles.write(scripts(), script("a1a1", "Create a").table(), script("b2b2", "Create b").revises("a1a1").table());
	}

	@DatabaseTest
	void upgradeCurrentHistoryDowngradeAndStampAsAlembicPrintsThem(TestDatabase database) {
		twoTables();
		assertThat(run(database, "upgrade", "head")).isZero();
		assertThat(out()).isEmpty();
		assertThat(err()).isEqualTo("Running upgrade  -> a1a1, Create a\nRunning upgrade a1a1 -> b2b2, Create b\n");
		assertThat(run(database, "current")).isZero();
		assertThat(out()).isEqualTo("b2b2 (head)\n");
		assertThat(err()).isEmpty();
		assertThat(run(database, "history", "-i")).isZero();
		assertThat(out()).isEqualTo("a1a1 -> b2b2 (head) (current), Create b\n<base> -> a1a1, Create a\n");
		assertThat(run(database, "heads", "-i")).isZero();
		assertThat(out()).isEqualTo("b2b2 (head) (current)\n");
		assertThat(run(database, "downgrade", "-1")).isZero();
		assertThat(err()).isEqualTo("Running downgrade b2b2 -> a1a1, Create b\n");
		assertThat(run(database, "history", "-r", "current:")).isZero();
		assertThat(out()).isEqualTo("a1a1 -> b2b2 (head), Create b\n<base> -> a1a1, Create a\n");
		assertThat(run(database, "stamp", "b2b2")).isZero();
		assertThat(err()).isEqualTo("Running stamp_revision a1a1 -> b2b2\n");
		assertThat(run(database, "show", "current")).isZero();
		assertThat(out()).startsWith("Rev: b2b2 (head)\nParent: a1a1\n");
		assertThat(run(database, "current", "--check-heads")).isZero();
		assertThat(out()).isEqualTo("b2b2 (head)\n");
	}

	@DatabaseTest({ TestDatabaseKind.SQLITE, TestDatabaseKind.POSTGRESQL })
	void checkHeadsFailsWithExitCodeOneWhenTheDatabaseIsBehind(TestDatabase database) {
		twoTables();
		run(database, "upgrade", "a1a1");
		assertThat(run(database, "current", "--check-heads")).isEqualTo(1);
		assertThat(out()).isEmpty();
		assertThat(err()).isEqualTo("FAILED: Database is not on all head revisions: the version table holds a1a1, the"
				+ " heads are b2b2; run 'upgrade heads'\n");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.MARIADB })
	void aRevisionNoScriptKnowsFailsBeforeAnythingRuns(TestDatabase database) throws SQLException {
		twoTables();
		run(database, "stamp", "a1a1");
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("UPDATE migrate_version SET version_num = 'feedfacecafe'");
		}
		assertThat(run(database, "upgrade", "head")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: The version table holds revision 'feedfacecafe', which no script defines"
				+ " (version table: feedfacecafe). The database was probably migrated by a newer version of the"
				+ " application: run that version, or add the missing scripts; 'stamp --purge' resets the table.\n");
		assertThat(tables(database)).doesNotContain("t_a1a1", "t_b2b2");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.SQLITE })
	void downgradingARevisionWithoutADowngradeSectionNamesItsFile(TestDatabase database) {
		ScriptFiles.write(scripts(), script("a1a1", "Create a").sql("CREATE TABLE t_a1a1 (id INT);\n", null));
		run(database, "upgrade", "head");
		assertThat(run(database, "downgrade", "base")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: Revision a1a1 (" + scripts().resolve("a1a1_create_a.sql") + ") cannot be"
				+ " downgraded: its script has no '-- migrate:downgrade' section. Add one (an empty section downgrades"
				+ " without running SQL).\n");
		assertThat(run(database, "current")).isZero();
		assertThat(out()).isEqualTo("a1a1 (head)\n");
	}

	@DatabaseTest({ TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void tablesAndTransactionModeAreOptions(TestDatabase database) {
		twoTables();
		assertThat(run(database, "--version-table", "alembic_version", "--history-table=audit_log",
				"--transaction-mode", "all", "--lock-timeout", "30s", "upgrade", "head")).isZero();
		assertThat(tables(database)).contains("alembic_version", "audit_log").doesNotContain("migrate_version");
		assertThat(run(database, "current", "--version-table=alembic_version")).isZero();
		assertThat(out()).isEqualTo("b2b2 (head)\n");
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void verboseCurrentPrintsTheUrlWithItsPasswordMasked(TestDatabase database) {
		twoTables();
		String url = database.url() + "&password=not-the-real-one";
		assertThat(run("--url", url, "--user", database.user(), "current", "-v")).isZero();
		assertThat(out()).isEqualTo("Current revision(s) for " + database.url() + "&password=****:\n");
		assertThat(out() + err()).doesNotContain("not-the-real-one");
	}

	@Test
	void aDriverErrorRepeatsTheUrlWithItsPasswordMasked() {
		twoTables();
		assertThat(run("--url", "jdbc:nosuch://app:s3cret@db.example/app", "upgrade", "head")).isEqualTo(1);
		assertThat(err()).startsWith("FAILED: ").contains("jdbc:nosuch://app:****@db.example/app")
			.doesNotContain("s3cret");
	}

	@Test
	void theDatabaseCommandsNeedAUrl() {
		twoTables();
		assertThat(run("upgrade", "head")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: 'upgrade' needs a database: give its JDBC URL with --url\n");
		assertThat(run("current")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: 'current' needs a database: give its JDBC URL with --url\n");
		assertThat(run("history", "-i")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: 'history -i' needs a database: give its JDBC URL with --url\n");
		assertThat(run("show", "current")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: 'show current' needs a database: give its JDBC URL with --url\n");
	}

	@Test
	void offlineScriptsNeedNoConnectionAndGoToStandardOutputAlone() {
		twoTables();
		assertThat(run("upgrade", "head", "--sql", "--dialect", "postgresql")).isZero();
		assertThat(out()).startsWith("BEGIN;\n\nCREATE TABLE migrate_version (\n").endsWith("COMMIT;\n\n");
		assertThat(err()).isEqualTo("Running upgrade  -> a1a1, Create a\nRunning upgrade a1a1 -> b2b2, Create b\n");
		String fromDialect = out();
		// a URL names the dialect; nothing listens on port 1
		assertThat(run("--url", "jdbc:postgresql://127.0.0.1:1/nowhere", "upgrade", "base:head", "--sql")).isZero();
		assertThat(out()).isEqualTo(fromDialect);
	}

	@Test
	void offlineDowngradeAndStamp() {
		twoTables();
		assertThat(run("--dialect=mariadb", "downgrade", "b2b2:base", "--sql")).isZero();
		assertThat(out()).isEqualTo("""
				-- Running downgrade b2b2 -> a1a1

				DROP TABLE t_b2b2;

				UPDATE migrate_version SET version_num = 'a1a1' WHERE version_num = 'b2b2';

				-- Running downgrade a1a1 ->\s

				DROP TABLE t_a1a1;

				DELETE FROM migrate_version WHERE version_num = 'a1a1';

				""");
		assertThat(run("--dialect=sqlite", "stamp", "b2b2", "--sql")).isZero();
		assertThat(out()).contains("-- Running stamp_revision  -> b2b2\n\nINSERT INTO migrate_version (version_num)"
				+ " VALUES ('b2b2');\n\n");
		assertThat(run("--dialect=h2", "downgrade", "-1", "--sql")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: downgrade with --sql requires <fromrev>:<torev>, got '-1': offline SQL"
				+ " cannot know where the database stands\n");
	}

	@Test
	void offlineScriptsNeedADialectOrAUrl() {
		twoTables();
		assertThat(run("upgrade", "head", "--sql")).isEqualTo(1);
		assertThat(err()).isEqualTo("FAILED: 'upgrade --sql' writes SQL for a kind of database: name it with --dialect"
				+ " postgresql|mariadb|mysql|h2|sqlite, or give a --url whose scheme names it\n");
		assertThat(run("--url", "jdbc:oracle:thin:@db:1521/x", "upgrade", "head", "--sql")).isEqualTo(1);
		assertThat(err()).startsWith("FAILED: No dialect for JDBC URLs starting 'jdbc:oracle:'");
	}

	@Test
	void purgeHasNoOfflineForm() {
		twoTables();
		assertThat(run("--dialect=postgresql", "stamp", "head", "--purge", "--sql")).isEqualTo(2);
		assertThat(err()).startsWith("--purge cannot be used with --sql");
		assertThat(out()).isEmpty();
	}

	@Test
	void malformedOptionValuesAreUsageErrors() {
		twoTables();
		assertThat(run("--lock-timeout", "30", "current")).isEqualTo(2);
		assertThat(err()).startsWith("Invalid value for option '--lock-timeout': Invalid duration '30': it has"
				+ " no unit; write 500ms, 30s, 5m, 1h, 0 or ISO-8601 such as PT1M30S");
		assertThat(run("--transaction-mode", "sometimes", "current")).isEqualTo(2);
		assertThat(err()).contains("Unknown transaction mode 'sometimes'; use one of per-migration, all, none");
		assertThat(run("--dialect", "oracle", "upgrade", "head", "--sql")).isEqualTo(2);
		assertThat(err()).contains("Unknown dialect 'oracle'; use one of postgresql, mariadb, mysql, h2, sqlite");
		assertThat(run("--version-table", "a.b.c", "current")).isEqualTo(2);
		assertThat(err()).contains("has more than one dot");
	}

	@Test
	void databaseCommandsHaveHelp() {
		assertThat(run("stamp", "--help")).isZero();
		assertThat(out()).startsWith("Usage: migrate stamp [-hV] [--purge] [--sql]").contains("TARGET...");
		assertThat(run("current", "--help")).isZero();
		assertThat(out()).contains("--check-heads").contains("-v, --verbose");
	}

	private static List<String> tables(TestDatabase database) {
		List<String> tables = new ArrayList<>();
		try (Connection connection = database.getConnection();
				ResultSet result = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
						new String[] { "TABLE" })) {
			while (result.next()) {
				tables.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return tables;
	}

}
