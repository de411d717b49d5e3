package dev.migrate.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads MariaDB's and MySQL's {@code information_schema} for the connection's current database.
 */
final class MariaDbCatalogReader implements CatalogReader {

	/** Names MariaDB makes up for unnamed checks ({@code CONSTRAINT_1}) and every primary key. */
	private static final Predicate<String> STABLE = (name) -> !name.matches("CONSTRAINT_\\d+")
			&& !"PRIMARY".equals(name);

	@Override
	public CatalogSnapshot read(Connection connection, Predicate<String> tableFilter) throws SQLException {
		String schema = CatalogReader.query(connection, "SELECT DATABASE()", (row) -> row.getString(1)).get(0);
		List<CatalogSnapshot.Table> tables = new ArrayList<>();
		List<String[]> names = CatalogReader.query(connection,
				"SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES"
						+ " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'",
				(row) -> new String[] { row.getString(1), row.getString(2) }, schema);
		for (String[] name : names) {
			if (tableFilter.test(name[0])) {
				tables.add(table(connection, schema, name[0], Optional.ofNullable(name[1])));
			}
		}
		List<CatalogSnapshot.Sequence> sequences = new ArrayList<>();
		for (String sequence : CatalogReader.query(connection,
				"SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'",
				(row) -> row.getString(1), schema)) {
			sequences.addAll(CatalogReader.query(connection,
					"SELECT start_value, increment FROM `" + sequence.replace("`", "``") + "`",
					(row) -> new CatalogSnapshot.Sequence(sequence, row.getLong(1), row.getLong(2))));
		}
		return new CatalogSnapshot(tables, sequences, List.of());
	}

	private static CatalogSnapshot.Table table(Connection connection, String schema, String table,
			Optional<String> comment) throws SQLException {
		List<CatalogSnapshot.Column> columns = CatalogReader.query(connection, """
				SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT
				FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION
				""", (row) -> new CatalogSnapshot.Column(row.getString(1), row.getString(2),
				"YES".equals(row.getString(3)), CatalogReader.optional(row, "COLUMN_DEFAULT")
					.filter((value) -> !"NULL".equals(value)),
				row.getString(5).toLowerCase().contains("auto_increment"), CatalogReader.optional(row, "COLUMN_COMMENT")),
				schema, table);
		Map<String, List<String>> uniqueColumns = new LinkedHashMap<>();
		CatalogReader.query(connection, """
				SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME FROM information_schema.TABLE_CONSTRAINTS c
				JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA
				    AND k.TABLE_NAME = c.TABLE_NAME AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME
				WHERE c.TABLE_SCHEMA = ? AND c.TABLE_NAME = ? AND c.CONSTRAINT_TYPE = 'UNIQUE'
				ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION
				""", (row) -> uniqueColumns.computeIfAbsent(row.getString(1), (key) -> new ArrayList<>())
			.add(row.getString(2)), schema, table);
		List<CatalogSnapshot.Unique> uniques = new ArrayList<>();
		uniqueColumns.forEach((name, names) -> uniques.add(new CatalogSnapshot.Unique(Optional.of(name), names)));
		List<CatalogSnapshot.Check> checks = CatalogReader.query(connection, """
				SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
				WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?
				""", (row) -> new CatalogSnapshot.Check(CatalogReader.stable(row.getString(1), STABLE), row.getString(2)),
				schema, table);
		List<CatalogSnapshot.ForeignKey> foreignKeys = CatalogReader.foreignKeys(connection, schema, null, table, STABLE,
				true);
		Map<String, List<String>> indexColumns = new LinkedHashMap<>();
		Map<String, Boolean> indexUnique = new LinkedHashMap<>();
		CatalogReader.query(connection, """
				SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS
				WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND INDEX_NAME <> 'PRIMARY' ORDER BY INDEX_NAME, SEQ_IN_INDEX
				""", (row) -> {
			indexUnique.put(row.getString(1), row.getInt(2) == 0);
			return indexColumns.computeIfAbsent(row.getString(1), (key) -> new ArrayList<>()).add(row.getString(3));
		}, schema, table);
		List<CatalogSnapshot.Index> indexes = new ArrayList<>();
		indexColumns.forEach((name, names) -> {
			// InnoDB's own index behind a foreign key carries the key's name and columns
			boolean behindForeignKey = foreignKeys.stream()
				.anyMatch((key) -> key.name().equals(Optional.of(name)) && key.columns().equals(names));
			if (!behindForeignKey) {
				indexes.add(new CatalogSnapshot.Index(name, names, indexUnique.get(name), Optional.empty()));
			}
		});
		return new CatalogSnapshot.Table(table, comment, columns,
				CatalogReader.primaryKey(connection, schema, null, table, STABLE), uniques, checks, foreignKeys, indexes);
	}

}
