package dev.migrate.command;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.script.SqlStatement;
import dev.migrate.script.SqlStatementSplitter;
import dev.migrate.testing.TestDatabase;

/**
 * Runs SQL on a test database and looks into it, for the command tests.
 */
final class TestSql {

	private TestSql() {
	}

	/**
	 * Returns the dialect of a test database, by name (as {@code --dialect} gives it).
	 */
	static Dialect dialect(TestDatabase database) {
		return Dialects.forName(dialectName(database));
	}

	static String dialectName(TestDatabase database) {
		return switch (database.kind()) {
			case H2 -> "h2";
			case SQLITE -> "sqlite";
			case POSTGRESQL -> "postgresql";
			case MARIADB -> "mariadb";
		};
	}

	static void execute(TestDatabase database, String... statements) {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs an offline script as a DBA's client would: split into statements by the database's
	 * rules, each executed in turn on one connection in auto-commit mode (the script's own
	 * {@code BEGIN} and {@code COMMIT} make its transactions).
	 */
	static void runScript(TestDatabase database, String script) {
		List<SqlStatement> statements = new SqlStatementSplitter(dialect(database).sqlSyntax()).split(script, "offline.sql");
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			for (SqlStatement each : statements) {
				statement.execute(each.sql());
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Returns the first column of each row of a query.
	 */
	static List<String> column(TestDatabase database, String query) {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(query)) {
			List<String> values = new ArrayList<>();
			while (result.next()) {
				values.add(result.getString(1));
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Returns the rows of {@code migrate_version}, sorted.
	 */
	static Set<String> versionRows(TestDatabase database) {
		return new TreeSet<>(column(database, "SELECT version_num FROM migrate_version"));
	}

	/**
	 * Returns the names of the tables in the test's schema or database, lower-case and sorted,
	 * leaving out the tables of migrate's online runs that offline scripts do not write: the
	 * history table, and H2's lock table.
	 */
	static Set<String> userTables(TestDatabase database) {
		Set<String> tables = new TreeSet<>();
		try (Connection connection = database.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			try (ResultSet result = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { "TABLE" })) {
				while (result.next()) {
					tables.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		tables.remove("migrate_history");
		tables.remove("migrate_version_lock");
		return tables;
	}

	/**
	 * Tells whether a table can be queried.
	 */
	static boolean tableExists(TestDatabase database, String table) {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0").close();
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
