package dev.migrate.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SQLite's catalog ({@code sqlite_master} and the {@code pragma} functions) of the main
 * database.
 */
final class SqliteCatalogReader implements CatalogReader {

	private static final Pattern PARTIAL = Pattern.compile("(?is)\\)\\s*WHERE\\s+(.*)$");

	@Override
	public CatalogSnapshot read(Connection connection, Predicate<String> tableFilter) throws SQLException {
		List<String[]> names = CatalogReader.query(connection,
				"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
				(row) -> new String[] { row.getString(1), row.getString(2) });
		List<CatalogSnapshot.Table> tables = new ArrayList<>();
		for (String[] name : names) {
			if (tableFilter.test(name[0])) {
				tables.add(table(connection, name[0], SqliteTableSql.parse(name[1])));
			}
		}
		return new CatalogSnapshot(tables, List.of(), List.of());
	}

	private static CatalogSnapshot.Table table(Connection connection, String table, SqliteTableSql sql)
			throws SQLException {
		Map<Integer, String> primaryKey = new java.util.TreeMap<>();
		List<String[]> rows = CatalogReader.query(connection,
				"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid",
				(row) -> new String[] { row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getString(5) },
				table);
		for (String[] row : rows) {
			if (!"0".equals(row[4])) {
				primaryKey.put(Integer.parseInt(row[4]), row[0]);
			}
		}
		List<CatalogSnapshot.Column> columns = new ArrayList<>();
		for (String[] row : rows) {
			boolean generated = sql.autoIncrement() && primaryKey.size() == 1 && !"0".equals(row[4]);
			columns.add(new CatalogSnapshot.Column(row[0], row[1], "0".equals(row[2]), Optional.ofNullable(row[3]),
					generated, Optional.empty()));
		}
		List<CatalogSnapshot.Unique> uniques = new ArrayList<>();
		List<CatalogSnapshot.Index> indexes = new ArrayList<>();
		List<String[]> indexList = CatalogReader.query(connection,
				"SELECT name, \"unique\", origin FROM pragma_index_list(?)",
				(row) -> new String[] { row.getString(1), row.getString(2), row.getString(3) }, table);
		for (String[] index : indexList) {
			List<String> indexColumns = CatalogReader.query(connection,
					"SELECT name FROM pragma_index_info(?) ORDER BY seqno", (row) -> row.getString(1), index[0]);
			if ("u".equals(index[2])) {
				uniques.add(new CatalogSnapshot.Unique(sql.name("UNIQUE", indexColumns), indexColumns));
			}
			else if ("c".equals(index[2])) {
				String indexSql = CatalogReader
					.query(connection, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
							(row) -> row.getString(1), index[0])
					.get(0);
				Matcher partial = PARTIAL.matcher(indexSql);
				indexes.add(new CatalogSnapshot.Index(index[0], indexColumns, "1".equals(index[1]),
						partial.find() ? Optional.of(partial.group(1)) : Optional.empty()));
			}
		}
		Map<Integer, List<String[]>> keys = new LinkedHashMap<>();
		CatalogReader.query(connection,
				"SELECT id, \"from\", \"table\", \"to\", on_delete, on_update FROM pragma_foreign_key_list(?) ORDER BY id, seq",
				(row) -> keys.computeIfAbsent(row.getInt(1), (key) -> new ArrayList<>())
					.add(new String[] { row.getString(2), row.getString(3), row.getString(4), row.getString(5),
							row.getString(6) }),
				table);
		List<CatalogSnapshot.ForeignKey> foreignKeys = new ArrayList<>();
		for (List<String[]> parts : keys.values()) {
			List<String> from = parts.stream().map((part) -> part[0]).toList();
			foreignKeys.add(new CatalogSnapshot.ForeignKey(sql.name("FOREIGN", from), from, parts.get(0)[1],
					parts.stream().map((part) -> (part[2] != null) ? part[2] : "").toList(), parts.get(0)[3],
					parts.get(0)[4]));
		}
		Optional<CatalogSnapshot.PrimaryKey> key = primaryKey.isEmpty() ? Optional.empty()
				: Optional.of(new CatalogSnapshot.PrimaryKey(sql.name("PRIMARY", List.copyOf(primaryKey.values())),
						List.copyOf(primaryKey.values())));
		return new CatalogSnapshot.Table(table, Optional.empty(), columns, key, uniques, sql.checks(), foreignKeys,
				indexes);
	}

}
