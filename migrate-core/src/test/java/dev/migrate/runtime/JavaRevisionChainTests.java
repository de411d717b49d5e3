package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import dev.migrate.dialect.Dialect;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.SqlStatement;
import dev.migrate.script.SqlStatementSplitter;
import dev.migrate.testing.CatalogSnapshot;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Runs a chain of Java revisions that uses every operation (package
 * {@code dev.migrate.runtime.chain}) on each database: up, down to base and up again, online and
 * as the offline script of the database's dialect, comparing the catalogs the routes reach.
 *
 * <p>The chain is a line of revisions every database runs ({@code chain.common}) and, off its
 * last revision, one branch per capability that not every database has. {@link #packages} says
 * which branches a database takes; upgrades go to {@code heads}.
 */
class JavaRevisionChainTests {

	private static final String CHAIN = "dev.migrate.runtime.chain.";

	/**
	 * Returns the packages of the chain a database runs: the common line, and a branch for each
	 * capability it has.
	 * @param online whether the branch whose Java code uses the connection is included: it has no
	 * offline form, and changes rows only
	 */
	static List<String> packages(TestDatabaseKind kind, boolean online) {
		List<String> packages = new ArrayList<>(List.of(CHAIN + "common"));
		if (kind != TestDatabaseKind.SQLITE) {
			// SQLite alters columns and constraints only by rebuilding a table in a batch, and has
			// no sequences
			packages.add(CHAIN + "inplace");
			packages.add(CHAIN + "sequences");
		}
		if (kind == TestDatabaseKind.POSTGRESQL || kind == TestDatabaseKind.SQLITE) {
			packages.add(CHAIN + "partial");
		}
		if (online) {
			packages.add(CHAIN + "data");
		}
		return packages;
	}

	@DatabaseTest
	void upgradeDowngradeToBaseAndUpgradeAgainReachTheSameCatalog(TestDatabase database) {
		ScriptDirectory scripts = chain(database, true);
		run(database, scripts, (planner) -> (rows) -> planner.upgrade(rows, "chain04"));
		CatalogSnapshot halfway = CatalogSnapshot.of(database);
		run(database, scripts, (planner) -> (rows) -> planner.upgrade(rows, "heads"));
		CatalogSnapshot upgraded = CatalogSnapshot.of(database);
		assertThat(upgraded).isNotEqualTo(halfway);
		assertThat(upgraded.tables()).extracting((table) -> table.name().toLowerCase(Locale.ROOT))
			.containsAll(List.of("customers", "purchases"))
			.doesNotContain("orders", "scratch");
		assertThat(Databases.column(database, "SELECT display_name FROM customers ORDER BY id"))
			.containsExactly("ADA LOVELACE", "FLANN O'BRIEN");
		assertThat(Databases.column(database, "SELECT note FROM purchases ORDER BY reference"))
			.containsExactly("first", null, "it's");

		// every downgrade undoes its upgrade: the catalog is the one seen on the way up
		run(database, scripts, (planner) -> (rows) -> planner.downgrade(rows, "chain04"));
		assertThat(CatalogSnapshot.of(database)).isEqualTo(halfway);
		run(database, scripts, (planner) -> (rows) -> planner.downgrade(rows, "base"));
		CatalogSnapshot base = CatalogSnapshot.of(database);
		assertThat(base.tables()).isEmpty();
		assertThat(base.sequences()).isEmpty();
		assertThat(base.enumTypes()).isEmpty();

		run(database, scripts, (planner) -> (rows) -> planner.upgrade(rows, "heads"));
		assertThat(CatalogSnapshot.of(database)).isEqualTo(upgraded);
	}

	@DatabaseTest
	void theChainWrittenOfflineAndRunByTheDatabaseReachesTheCatalogOfAnOnlineRun(TestDatabase database) {
		ScriptDirectory scripts = chain(database, false);
		Dialect dialect = Databases.dialect(database);
		String script = new OfflineSqlWriter(dialect, scripts, MigrationOptions.defaults())
			.write(MigrationPlanner.of(scripts).offlineUpgrade("base:heads"));
		runScript(database, dialect, script);
		CatalogSnapshot offline = CatalogSnapshot.of(database);
		assertThat(offline.tables()).isNotEmpty();
		assertThat(Databases.column(database, "SELECT note FROM purchases ORDER BY reference"))
			.containsExactly("first", null, "it's");

		// the version table the script kept lets an online run take over: down to base, and up
		run(database, scripts, (planner) -> (rows) -> planner.downgrade(rows, "base"));
		assertThat(CatalogSnapshot.of(database).tables()).isEmpty();
		run(database, scripts, (planner) -> (rows) -> planner.upgrade(rows, "heads"));
		assertThat(CatalogSnapshot.of(database)).isEqualTo(offline);
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.SQLITE, TestDatabaseKind.MARIADB })
	void theBranchesADatabaseIsSparedFailNamingTheRevisionAndWhatItCannotDo(TestDatabase database) {
		List<String> spared = new ArrayList<>(List.of(CHAIN + "inplace", CHAIN + "sequences", CHAIN + "partial"));
		spared.removeAll(packages(database.kind(), true));
		assertThat(spared).isNotEmpty();
		for (String branch : spared) {
			ScriptDirectory scripts = ScriptDirectory.load(List.of(), List.of(CHAIN + "common", branch),
					JavaRevisionChainTests.class.getClassLoader());
			assertThatExceptionOfType(MigrationFailedException.class)
				.isThrownBy(() -> run(database, scripts, (planner) -> (rows) -> planner.upgrade(rows, "heads")))
				.satisfies((failure) -> assertThat(failure.origin()).startsWith(branch + "."))
				.withMessageContaining("failed to upgrade at operation")
				.withMessageContaining(Databases.dialect(database).displayName());
		}
	}

	private static ScriptDirectory chain(TestDatabase database, boolean online) {
		return ScriptDirectory.load(List.of(), packages(database.kind(), online),
				JavaRevisionChainTests.class.getClassLoader());
	}

	private static void run(TestDatabase database, ScriptDirectory scripts,
			Function<MigrationPlanner, Function<Set<String>, MigrationPlan>> planning) {
		MigratorTests.migrator(database, scripts, MigrationOptions.defaults())
			.run(planning.apply(MigrationPlanner.of(scripts)), MigrationListener.none());
	}

	/**
	 * Runs an offline script as a database's client would: statement by statement, in
	 * auto-commit mode, the script's own {@code BEGIN} and {@code COMMIT} included.
	 */
	private static void runScript(TestDatabase database, Dialect dialect, String script) {
		List<SqlStatement> statements = new SqlStatementSplitter(dialect.sqlSyntax()).split(script, "offline.sql");
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			for (SqlStatement each : statements) {
				try {
					statement.execute(each.sql());
				}
				catch (SQLException ex) {
					throw new IllegalStateException("Line " + each.line() + " of the offline script failed: " + each.sql()
							+ "\n" + ex.getMessage() + "\n\n" + script, ex);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
