package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Reads one database's catalog into a {@link CatalogSnapshot}.
 */
interface CatalogReader {

	/**
	 * Reads the catalog of the connection's current schema.
	 */
	CatalogSnapshot read(Connection connection, Predicate<String> tableFilter) throws SQLException;

	/**
	 * Maps one row of a result.
	 */
	@FunctionalInterface
	interface RowMapper<T> {

		T map(ResultSet row) throws SQLException;

	}

	/**
	 * Runs a query with string parameters and maps its rows.
	 */
	static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				List<T> rows = new ArrayList<>();
				while (result.next()) {
					rows.add(mapper.map(result));
				}
				return rows;
			}
		}
	}

	/**
	 * Reads a table's primary key through the JDBC metadata.
	 */
	static Optional<CatalogSnapshot.PrimaryKey> primaryKey(Connection connection, @Nullable String catalog,
			@Nullable String schema, String table, Predicate<String> stableName) throws SQLException {
		Map<Integer, String> columns = new java.util.TreeMap<>();
		String name = null;
		try (ResultSet keys = connection.getMetaData().getPrimaryKeys(catalog, schema, table)) {
			while (keys.next()) {
				columns.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME"));
				name = keys.getString("PK_NAME");
			}
		}
		if (columns.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new CatalogSnapshot.PrimaryKey(stable(name, stableName), List.copyOf(columns.values())));
	}

	/**
	 * Reads a table's foreign keys through the JDBC metadata, grouped by name.
	 */
	static List<CatalogSnapshot.ForeignKey> foreignKeys(Connection connection, @Nullable String catalog,
			@Nullable String schema, String table, Predicate<String> stableName, boolean restrictIsNoAction)
			throws SQLException {
		Map<String, List<String[]>> keys = new LinkedHashMap<>();
		try (ResultSet rows = connection.getMetaData().getImportedKeys(catalog, schema, table)) {
			while (rows.next()) {
				String name = rows.getString("FK_NAME");
				keys.computeIfAbsent(name, (key) -> new ArrayList<>())
					.add(new String[] { rows.getString("FKCOLUMN_NAME"), rows.getString("PKTABLE_NAME"),
							rows.getString("PKCOLUMN_NAME"), action(rows.getInt("DELETE_RULE"), restrictIsNoAction),
							action(rows.getInt("UPDATE_RULE"), restrictIsNoAction),
							String.valueOf(rows.getInt("KEY_SEQ")) });
			}
		}
		List<CatalogSnapshot.ForeignKey> foreignKeys = new ArrayList<>();
		keys.forEach((name, parts) -> {
			parts.sort(java.util.Comparator.comparingInt((String[] part) -> Integer.parseInt(part[5])));
			foreignKeys.add(new CatalogSnapshot.ForeignKey(stable(name, stableName),
					parts.stream().map((part) -> part[0]).toList(), parts.get(0)[1],
					parts.stream().map((part) -> part[2]).toList(), parts.get(0)[3], parts.get(0)[4]));
		});
		return foreignKeys;
	}

	/**
	 * Names a JDBC referential action code.
	 */
	static String action(int rule, boolean restrictIsNoAction) {
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> "CASCADE";
			case DatabaseMetaData.importedKeySetNull -> "SET NULL";
			case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
			case DatabaseMetaData.importedKeyRestrict -> restrictIsNoAction ? "NO ACTION" : "RESTRICT";
			default -> "NO ACTION";
		};
	}

	/**
	 * Keeps a name the database reports when it is stable, that is neither blank nor generated.
	 */
	static Optional<String> stable(@Nullable String name, Predicate<String> stableName) {
		return Optional.ofNullable(name).filter((text) -> !text.isBlank() && stableName.test(text));
	}

	/**
	 * Reads an optional text column.
	 */
	static Optional<String> optional(ResultSet row, String column) throws SQLException {
		return Optional.ofNullable(row.getString(column));
	}

}
