package dev.migrate.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import dev.migrate.command.DatabaseTarget;
import dev.migrate.command.ScriptFiles;
import dev.migrate.dialect.TableName;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.script.Location;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrate.command.ScriptFiles.script;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateCli} run in an application, over a {@link CommandContext}.
 */
class MigrateCliApplicationTests {

	@TempDir
	Path scripts;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(TestDatabase database, String... args) {
		return run(new CommandContext(DatabaseTarget.of(database.dataSource()),
				List.of(Location.filesystem(this.scripts)), getClass().getClassLoader(),
				MigrationOptions.defaults().withVersionTable(TableName.of("app_version"))), args);
	}

	private int run(CommandContext context, String... args) {
		this.out.reset();
		this.err.reset();
		return new MigrateCli(context, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.execute(args);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private void twoTables() {
		ScriptFiles.write(this.scripts, script("a1a1", "Create a").table(),
				script("b2b2", "Create b").revises("a1a1").table());
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL })
	void databaseCommandsUseTheApplicationsDatabaseScriptsAndOptions(TestDatabase database) {
		twoTables();
		assertThat(run(database, "upgrade", "head")).isZero();
		assertThat(err()).contains("Running upgrade a1a1 -> b2b2, Create b");
		assertThat(run(database, "current")).isZero();
		assertThat(out()).isEqualTo("b2b2 (head)\n");
		assertThat(run(database, "history", "-i")).isZero();
		assertThat(out()).contains("a1a1 -> b2b2 (head) (current), Create b");
		assertThat(run(database, "downgrade", "-1")).isZero();
		assertThat(run(database, "current")).isZero();
		assertThat(out()).isEqualTo("a1a1\n");
	}

	@DatabaseTest(TestDatabaseKind.H2)
	void theVersionTableIsTheApplicationsOne(TestDatabase database) throws Exception {
		twoTables();
		run(database, "upgrade", "head");
		try (var connection = database.getConnection();
				var rows = connection.createStatement().executeQuery("SELECT version_num FROM app_version")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("b2b2");
		}
	}

	@DatabaseTest(TestDatabaseKind.H2)
	void sqlIsWrittenForTheApplicationsDatabaseUnlessADialectIsNamed(TestDatabase database) {
		twoTables();
		assertThat(run(database, "upgrade", "head", "--sql")).isZero();
		assertThat(out()).contains("CREATE TABLE").contains("app_version");
		assertThat(run(database, "upgrade", "head", "--sql", "--dialect", "postgresql")).isZero();
		assertThat(out()).contains("BEGIN;");
	}

	@DatabaseTest(TestDatabaseKind.H2)
	void connectionAndOptionFlagsAreRefusedWithThePropertyToSetInstead(TestDatabase database) {
		twoTables();
		assertThat(run(database, "current", "--url=jdbc:h2:mem:other")).isEqualTo(2);
		assertThat(err()).contains("--url is the application's setting when migrate runs in it: give"
				+ " --spring.datasource.url=JDBC_URL (or --migrate.url=JDBC_URL) instead");
		assertThat(run(database, "--version-table=other", "upgrade", "head")).isEqualTo(2);
		assertThat(err()).contains("give --migrate.version-table=TABLE instead");
		assertThat(run(database, "current")).isZero();
		assertThat(out()).isEmpty();
	}

	@DatabaseTest(TestDatabaseKind.H2)
	void theApplicationsJavaPackagesJoinItsScripts(TestDatabase database) {
		ScriptFiles.write(this.scripts, script("d4", "After Java").revises("c3"));
		CommandContext context = new CommandContext(DatabaseTarget.of(database.dataSource()),
				List.of(Location.filesystem(this.scripts)), List.of("dev.migrate.script.javarevisions"),
				getClass().getClassLoader(), MigrationOptions.defaults());
		assertThat(run(context, "heads")).isZero();
		assertThat(out()).isEqualTo("d4 (accounts) (head)\n");
		assertThat(run(context, "--java-packages=other", "heads")).isEqualTo(2);
		assertThat(err()).contains("give --migrate.java-packages=PACKAGE,... instead");
	}

}
