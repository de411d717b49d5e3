package dev.migrate.dialect;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.command.CommandOutput;
import dev.migrate.command.DatabaseCommands;
import dev.migrate.command.DatabaseTarget;
import dev.migrate.command.MigrateCommands;
import dev.migrate.command.OfflineCommands;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.script.SqlStatement;
import dev.migrate.script.SqlStatementSplitter;
import dev.migrate.testing.CatalogSnapshot;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Java revisions with batches, run on SQLite by the runtime and as an offline script (the
 * revisions are in {@code dev.migrate.dialect.sqliterevisions}).
 */
class SqliteJavaRevisionsTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private MigrateCommands commands() {
		PrintStream print = new PrintStream(this.out, true, StandardCharsets.UTF_8);
		return MigrateCommands.forLocations(List.of(), List.of("dev.migrate.dialect.sqliterevisions"),
				getClass().getClassLoader(), new CommandOutput(print, print));
	}

	private DatabaseCommands online(TestDatabase database) {
		return commands().database(DatabaseTarget.of(database.dataSource()), MigrationOptions.defaults());
	}

	private OfflineCommands offline() {
		return commands().offline(new SqliteDialect(), MigrationOptions.defaults());
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void upgradeDowngradeAndUpgradeAgainEndWithTheSameCatalogAndKeepTheRows(TestDatabase database)
			throws SQLException {
		online(database).upgrade("head");
		CatalogSnapshot upgraded = CatalogSnapshot.of(database);
		assertThat(upgraded.tableNames()).containsExactly("todos", "users");
		assertThat(upgraded.table("todos").orElseThrow().columnNames()).containsExactly("id", "user_id", "title", "done",
				"state", "priority", "remark");
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			assertThat(catalog.query("SELECT t.title, t.priority, u.name FROM todos t JOIN users u ON u.id = t.user_id"))
				.containsExactly("milk,3,ann's");
			assertThat(catalog.foreignKeys("todos"))
				.containsExactly("user_id -> users(id) ON DELETE CASCADE ON UPDATE NO ACTION");
		}
		online(database).downgrade("5e1000000001");
		CatalogSnapshot created = CatalogSnapshot.of(database);
		online(database).downgrade("base");
		assertThat(CatalogSnapshot.of(database).tableNames()).isEmpty();
		online(database).upgrade("5e1000000001");
		assertThat(CatalogSnapshot.of(database)).isEqualTo(created);
		online(database).upgrade("head");
		assertThat(CatalogSnapshot.of(database)).isEqualTo(upgraded);
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void theOfflineScriptLeavesTheCatalogOfTheOnlineRun(TestDatabase onlineDatabase, TestDatabase offlineDatabase)
			throws SQLException {
		online(onlineDatabase).upgrade("head");
		String script = offline().upgrade("base:head");
		assertThat(script).contains("CREATE TABLE _migrate_tmp_todos", "CREATE TABLE _migrate_tmp_users",
				"INSERT INTO users (id, name) VALUES (1, 'ann''s')");
		List<SqlStatement> statements = new SqlStatementSplitter(new SqliteDialect().sqlSyntax()).split(script,
				"offline.sql");
		try (Connection connection = offlineDatabase.getConnection(); Statement statement = connection.createStatement()) {
			for (SqlStatement each : statements) {
				statement.execute(each.sql());
			}
		}
		assertThat(CatalogSnapshot.of(offlineDatabase)).isEqualTo(CatalogSnapshot.of(onlineDatabase));
	}

	@Test
	void anOfflineDowngradeCannotRebuildTablesTheScriptDidNotCreate() {
		assertThatException().isThrownBy(() -> offline().downgrade("5e1000000003:5e1000000002"))
			.withMessageContaining("Cannot rebuild table users in an offline SQLite script")
			.withMessageContaining("tables created by Java revisions in the same script");
	}

}
