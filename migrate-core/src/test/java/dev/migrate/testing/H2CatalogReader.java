package dev.migrate.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads H2's {@code INFORMATION_SCHEMA} for the connection's current schema.
 */
final class H2CatalogReader implements CatalogReader {

	/** Names H2 makes up for unnamed constraints, such as {@code CONSTRAINT_8} or {@code CONSTRAINT_8A_0}. */
	private static final Predicate<String> STABLE = (name) -> !name.matches("CONSTRAINT_[0-9A-F]+(_\\d+)?");

	@Override
	public CatalogSnapshot read(Connection connection, Predicate<String> tableFilter) throws SQLException {
		String schema = CatalogReader.query(connection, "SELECT CURRENT_SCHEMA", (row) -> row.getString(1)).get(0);
		List<CatalogSnapshot.Table> tables = new ArrayList<>();
		List<String[]> names = CatalogReader.query(connection,
				"SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ?"
						+ " AND TABLE_TYPE = 'BASE TABLE'",
				(row) -> new String[] { row.getString(1), row.getString(2) }, schema);
		for (String[] name : names) {
			if (tableFilter.test(name[0])) {
				tables.add(table(connection, schema, name[0], Optional.ofNullable(name[1])));
			}
		}
		List<CatalogSnapshot.Sequence> sequences = CatalogReader.query(connection,
				"SELECT SEQUENCE_NAME, START_VALUE, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ?",
				(row) -> new CatalogSnapshot.Sequence(row.getString(1), row.getLong(2), row.getLong(3)), schema);
		return new CatalogSnapshot(tables, sequences, List.of());
	}

	private static CatalogSnapshot.Table table(Connection connection, String schema, String table,
			Optional<String> comment) throws SQLException {
		Map<String, List<String>> enumValues = new LinkedHashMap<>();
		CatalogReader.query(connection, """
				SELECT ENUM_IDENTIFIER, VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES
				WHERE OBJECT_SCHEMA = ? AND OBJECT_NAME = ? AND OBJECT_TYPE = 'TABLE' ORDER BY VALUE_ORDINAL
				""", (row) -> enumValues.computeIfAbsent(row.getString(1), (key) -> new ArrayList<>())
			.add(row.getString(2)), schema, table);
		List<CatalogSnapshot.Column> columns = CatalogReader.query(connection, """
				SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE,
				    COLUMN_DEFAULT, IS_IDENTITY, REMARKS, DTD_IDENTIFIER
				FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION
				""", (row) -> new CatalogSnapshot.Column(row.getString(1), type(row, enumValues),
				"YES".equals(row.getString(6)), CatalogReader.optional(row, "COLUMN_DEFAULT"),
				"YES".equals(row.getString(8)), CatalogReader.optional(row, "REMARKS")), schema, table);
		List<CatalogSnapshot.Unique> uniques = new ArrayList<>();
		constraintColumns(connection, schema, table, "UNIQUE")
			.forEach((name, names) -> uniques.add(new CatalogSnapshot.Unique(CatalogReader.stable(name, STABLE), names)));
		List<CatalogSnapshot.Check> checks = CatalogReader.query(connection, """
				SELECT t.CONSTRAINT_NAME, c.CHECK_CLAUSE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t
				JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS c ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA
				    AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
				WHERE t.TABLE_SCHEMA = ? AND t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'CHECK'
				""", (row) -> new CatalogSnapshot.Check(CatalogReader.stable(row.getString(1), STABLE), row.getString(2)),
				schema, table);
		Map<String, List<String>> indexColumns = new LinkedHashMap<>();
		Map<String, Boolean> indexUnique = new LinkedHashMap<>();
		CatalogReader.query(connection, """
				SELECT i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i
				JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
				WHERE i.TABLE_SCHEMA = ? AND i.TABLE_NAME = ? AND NOT i.IS_GENERATED ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION
				""", (row) -> {
			indexUnique.put(row.getString(1), row.getString(2).startsWith("UNIQUE"));
			return indexColumns.computeIfAbsent(row.getString(1), (key) -> new ArrayList<>()).add(row.getString(3));
		}, schema, table);
		List<CatalogSnapshot.Index> indexes = new ArrayList<>();
		indexColumns.forEach((name, names) -> indexes
			.add(new CatalogSnapshot.Index(name, names, indexUnique.get(name), Optional.empty())));
		return new CatalogSnapshot.Table(table, comment, columns,
				CatalogReader.primaryKey(connection, null, schema, table, STABLE), uniques, checks,
				CatalogReader.foreignKeys(connection, null, schema, table, STABLE, false), indexes);
	}

	private static Map<String, List<String>> constraintColumns(Connection connection, String schema, String table,
			String type) throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		CatalogReader.query(connection, """
				SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t
				JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA
				    AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME
				WHERE t.TABLE_SCHEMA = ? AND t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = ?
				ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION
				""", (row) -> columns.computeIfAbsent(row.getString(1), (key) -> new ArrayList<>()).add(row.getString(2)),
				schema, table, type);
		return columns;
	}

	private static String type(ResultSet row, Map<String, List<String>> enumValues) throws SQLException {
		String type = row.getString("DATA_TYPE").toLowerCase(Locale.ROOT);
		return switch (type) {
			case "character varying", "character", "binary varying", "binary" ->
				type + "(" + row.getLong("CHARACTER_MAXIMUM_LENGTH") + ")";
			case "numeric", "decimal" -> type + "(" + row.getInt("NUMERIC_PRECISION") + ","
					+ row.getInt("NUMERIC_SCALE") + ")";
			case "enum" -> "enum(" + enumValues.getOrDefault(row.getString("DTD_IDENTIFIER"), List.of())
				.stream()
				.map((value) -> "'" + value.replace("'", "''") + "'")
				.collect(Collectors.joining(",")) + ")";
			default -> type;
		};
	}

}
