package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.Operation;
import dev.migrate.testing.CatalogSnapshot;

/**
 * Runs rendered operations on an SQLite connection and reads SQLite's catalog back, whole as a
 * {@link CatalogSnapshot} or in parts with its pragmas, for the tests of the SQLite renderer.
 */
final class SqliteCatalog {

	private final Connection connection;

	private final SqliteDialect dialect = new SqliteDialect();

	SqliteCatalog(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Renders operations online, runs them in one transaction and returns the statements.
	 */
	List<SqlCommand> run(Operation... operations) throws SQLException {
		OperationRenderer renderer = this.dialect.operationRenderer(Optional.of(this.connection));
		List<SqlCommand> all = new ArrayList<>();
		boolean autoCommit = this.connection.getAutoCommit();
		this.connection.setAutoCommit(false);
		try {
			for (Operation operation : operations) {
				List<SqlCommand> commands = renderer.render(operation);
				execute(commands);
				all.addAll(commands);
			}
			this.connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			this.connection.rollback();
			throw ex;
		}
		finally {
			this.connection.setAutoCommit(autoCommit);
		}
		return all;
	}

	/**
	 * Runs commands as they are.
	 */
	void execute(List<SqlCommand> commands) throws SQLException {
		for (SqlCommand command : commands) {
			if (!command.parameterized()) {
				try (Statement statement = this.connection.createStatement()) {
					statement.execute(command.sql());
				}
				continue;
			}
			try (PreparedStatement statement = this.connection.prepareStatement(command.sql())) {
				for (List<@Nullable Object> row : command.parameterRows()) {
					for (int i = 0; i < row.size(); i++) {
						statement.setObject(i + 1, row.get(i));
					}
					statement.addBatch();
				}
				statement.executeBatch();
			}
		}
	}

	void update(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Returns the columns of a table as {@code name type [NOT NULL] [DEFAULT x] [PK n]}.
	 */
	List<String> columns(String table) throws SQLException {
		return rows("PRAGMA table_info('" + table + "')", (result) -> result.getString("name") + " "
				+ result.getString("type") + (result.getInt("notnull") != 0 ? " NOT NULL" : "")
				+ (result.getString("dflt_value") != null ? " DEFAULT " + result.getString("dflt_value") : "")
				+ (result.getInt("pk") != 0 ? " PK " + result.getInt("pk") : ""));
	}

	/**
	 * Returns the foreign keys of a table as {@code from -> table(to) ON DELETE x ON UPDATE y}.
	 */
	List<String> foreignKeys(String table) throws SQLException {
		return rows("PRAGMA foreign_key_list('" + table + "')", (result) -> result.getString("from") + " -> "
				+ result.getString("table") + "(" + result.getString("to") + ") ON DELETE "
				+ result.getString("on_delete") + " ON UPDATE " + result.getString("on_update"));
	}

	/**
	 * Returns the indexes of a table as {@code name [unique] [partial] (columns)}, sorted.
	 */
	List<String> indexes(String table) throws SQLException {
		List<String> indexes = rows("PRAGMA index_list('" + table + "')", (result) -> result.getString("name") + "|"
				+ result.getInt("unique") + "|" + result.getInt("partial") + "|" + result.getString("origin"));
		List<String> described = new ArrayList<>();
		for (String index : indexes) {
			String[] parts = index.split("\\|");
			List<String> columns = rows("PRAGMA index_info('" + parts[0] + "')", (result) -> result.getString("name"));
			String name = parts[0].startsWith("sqlite_autoindex") ? "(" + parts[3] + ")" : parts[0];
			described.add(name + (parts[1].equals("1") ? " unique" : "") + (parts[2].equals("1") ? " partial" : "")
					+ " " + columns);
		}
		described.sort(null);
		return described;
	}

	/**
	 * Returns the statement SQLite keeps for a table, index or trigger.
	 */
	String sql(String name) throws SQLException {
		List<String> sql = rows("SELECT sql FROM sqlite_master WHERE name = '" + name + "'",
				(result) -> result.getString(1));
		return sql.isEmpty() ? "" : sql.get(0);
	}

	/**
	 * Returns the names of the tables.
	 */
	List<String> tables() throws SQLException {
		return rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name",
				(result) -> result.getString(1));
	}

	/**
	 * Returns the rows of a query, each column's value joined with commas.
	 */
	List<String> query(String sql) throws SQLException {
		return rows(sql, (result) -> {
			List<String> values = new ArrayList<>();
			for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
				values.add(String.valueOf(result.getObject(i)));
			}
			return String.join(",", values);
		});
	}

	/**
	 * Reads the whole schema as the tests of every database compare it.
	 */
	CatalogSnapshot snapshot() throws SQLException {
		return CatalogSnapshot.read(this.connection);
	}

	private interface Reader {

		String read(ResultSet result) throws SQLException;

	}

	private List<String> rows(String sql, Reader reader) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(reader.read(result));
			}
		}
		return rows;
	}

}
