package dev.migrate.dialect;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.migrate.command.CommandOutput;
import dev.migrate.command.DatabaseCommands;
import dev.migrate.command.DatabaseTarget;
import dev.migrate.command.MigrateCommands;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.script.SqlStatement;
import dev.migrate.script.SqlStatementSplitter;
import dev.migrate.testing.CatalogSnapshot;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chain of Java revisions using every operation, run on PostgreSQL, MariaDB and H2 by the
 * runtime and as an offline script (the revisions are in
 * {@code dev.migrate.dialect.serverrevisions}).
 */
class ServerJavaRevisionsTests {

	private static final String ROWS = "SELECT t.id, t.title, t.state, t.rank, t.due, t.done, p.email"
			+ " FROM todos t JOIN people p ON p.id = t.owner_id ORDER BY t.id";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private MigrateCommands commands() {
		PrintStream print = new PrintStream(this.out, true, StandardCharsets.UTF_8);
		return MigrateCommands.forLocations(List.of(), List.of("dev.migrate.dialect.serverrevisions"),
				getClass().getClassLoader(), new CommandOutput(print, print));
	}

	private DatabaseCommands online(TestDatabase database) {
		return commands().database(DatabaseTarget.of(database.dataSource()), MigrationOptions.defaults());
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void upgradeDowngradeToBaseAndUpgradeAgainEndWithTheSameCatalog(TestDatabase database) {
		online(database).upgrade("head");
		CatalogSnapshot upgraded = CatalogSnapshot.of(database);
		assertThat(upgraded.tableNames()).map(String::toLowerCase).containsExactly("people", "todos");
		assertThat(upgraded.table("todos").orElseThrow().columnNames()).map(String::toLowerCase)
			.containsExactly("id", "owner_id", "title", "state", "rank", "due", "notes", "done");
		assertThat(upgraded.sequences()).hasSize(1);
		List<List<String>> rows = RenderedOperations.rows(database, ROWS);
		assertThat(rows).hasSize(2);
		online(database).downgrade("5e2000000001");
		CatalogSnapshot created = CatalogSnapshot.of(database);
		online(database).downgrade("base");
		CatalogSnapshot base = CatalogSnapshot.of(database);
		assertThat(base.tables()).isEmpty();
		assertThat(base.sequences()).isEmpty();
		assertThat(base.enumTypes()).isEmpty();
		online(database).upgrade("5e2000000001");
		assertThat(CatalogSnapshot.of(database)).isEqualTo(created);
		online(database).upgrade("head");
		assertThat(CatalogSnapshot.of(database)).isEqualTo(upgraded);
		assertThat(RenderedOperations.rows(database, ROWS)).isEqualTo(rows);
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void theOfflineScriptGivesTheCatalogAndRowsOfTheOnlineRun(TestDatabase online, TestDatabase offline) {
		online(online).upgrade("head");
		Dialect dialect = RenderedOperations.dialect(offline);
		String script = commands().offline(dialect, MigrationOptions.defaults()).upgrade("base:head");
		List<SqlStatement> statements = new SqlStatementSplitter(dialect.sqlSyntax()).split(script, "offline.sql");
		RenderedOperations.run(offline, statements.stream().map(SqlStatement::sql).toList());
		assertThat(CatalogSnapshot.of(offline)).isEqualTo(CatalogSnapshot.of(online));
		assertThat(RenderedOperations.rows(offline, ROWS)).isEqualTo(RenderedOperations.rows(online, ROWS));
	}

}
