package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.testing.TestDatabase;

/**
 * Looks into a test database for the runtime's tests.
 */
final class Databases {

	private Databases() {
	}

	static Dialect dialect(TestDatabase database) {
		return switch (database.kind()) {
			case H2 -> Dialects.forName("h2");
			case SQLITE -> Dialects.forName("sqlite");
			case POSTGRESQL -> Dialects.forName("postgresql");
			case MARIADB -> Dialects.forName("mariadb");
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
