package dev.migrate.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.runtime.MigrationPlanner;
import dev.migrate.runtime.Migrator;
import dev.migrate.script.Location;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.SqlStatement;
import dev.migrate.script.SqlStatementSplitter;
import dev.migrate.testing.CatalogSnapshot;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the demo, running on its embedded H2 database, writes its whole history (SQL
 * scripts and its Java revision) as an offline script for each database with
 * {@code migrate upgrade base:head --sql --dialect NAME}, and that the script, run by that
 * database, builds the schema an online upgrade builds.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoOfflineSqlTests {

	@DatabaseTest
	void theOfflineScriptOfTheWholeHistoryBuildsTheSchemaOfAnOnlineUpgrade(TestDatabase offline, TestDatabase online,
			CapturedOutput output) throws SQLException {
		Dialect dialect = Dialects.forJdbcUrl(offline.url());
		int start = output.getOut().length();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DemoApplication.class).run("migrate",
				"upgrade", "base:head", "--sql", "--dialect", dialect.name(), "--migrate.command.exit=false")) {
			assertThat(context.isActive()).isTrue();
		}
		String script = output.getOut().substring(start);
		assertThat(script).contains("todos_list_done_ix").contains("be723258fd54");
		runScript(offline, dialect, script);
		upgradeOnline(online, dialect);
		assertThat(CatalogSnapshot.of(offline)).isEqualTo(CatalogSnapshot.of(online));
		assertThat(versionRows(offline)).containsExactly(DemoClient.HEAD);
		assertThat(versionRows(online)).containsExactly(DemoClient.HEAD);
	}

	private static void runScript(TestDatabase database, Dialect dialect, String script) throws SQLException {
		List<SqlStatement> statements = new SqlStatementSplitter(dialect.sqlSyntax()).split(script, "offline.sql");
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			for (SqlStatement each : statements) {
				statement.execute(each.sql());
			}
		}
	}

	private static void upgradeOnline(TestDatabase database, Dialect dialect) {
		ScriptDirectory scripts = ScriptDirectory.load(List.of(Location.parse("classpath:db/migrate")),
				List.of(DemoApplication.class.getPackageName()), DemoOfflineSqlTests.class.getClassLoader());
		MigrationPlanner planner = MigrationPlanner.of(scripts);
		new Migrator(database.dataSource(), dialect, scripts, MigrationOptions.defaults())
			.run((rows) -> planner.upgrade(rows, "head"), MigrationListener.none());
	}

	private static List<String> versionRows(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version_num FROM migrate_version")) {
			List<String> rows = new ArrayList<>();
			while (result.next()) {
				rows.add(result.getString(1));
			}
			return rows;
		}
	}

}
