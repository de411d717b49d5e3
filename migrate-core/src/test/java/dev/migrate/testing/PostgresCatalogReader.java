package dev.migrate.testing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads PostgreSQL's catalog ({@code pg_catalog}) for the connection's current schema.
 */
final class PostgresCatalogReader implements CatalogReader {

	@Override
	public CatalogSnapshot read(Connection connection, Predicate<String> tableFilter) throws SQLException {
		String schema = CatalogReader.query(connection, "SELECT current_schema()", (row) -> row.getString(1)).get(0);
		List<CatalogSnapshot.Table> tables = new ArrayList<>();
		List<String[]> names = CatalogReader.query(connection, """
				SELECT c.relname, obj_description(c.oid, 'pg_class'), c.oid
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = ? AND c.relkind IN ('r', 'p')
				""", (row) -> new String[] { row.getString(1), row.getString(2), row.getString(3) }, schema);
		for (String[] name : names) {
			if (tableFilter.test(name[0])) {
				tables.add(table(connection, schema, name[0], Optional.ofNullable(name[1]), Long.parseLong(name[2])));
			}
		}
		List<CatalogSnapshot.Sequence> sequences = CatalogReader.query(connection, """
				SELECT c.relname, s.seqstart, s.seqincrement
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid
				WHERE n.nspname = ? AND c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d
				    WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
				""", (row) -> new CatalogSnapshot.Sequence(row.getString(1), row.getLong(2), row.getLong(3)), schema);
		List<CatalogSnapshot.EnumType> enums = CatalogReader.query(connection, """
				SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder)
				FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
				WHERE n.nspname = ? GROUP BY t.typname
				""", (row) -> new CatalogSnapshot.EnumType(row.getString(1), strings(row.getArray(2))), schema);
		return new CatalogSnapshot(tables, sequences, enums);
	}

	private static CatalogSnapshot.Table table(Connection connection, String schema, String table,
			Optional<String> comment, long oid) throws SQLException {
		List<CatalogSnapshot.Column> columns = CatalogReader.query(connection, """
				SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
				    pg_get_expr(d.adbin, d.adrelid), a.attidentity <> '', col_description(a.attrelid, a.attnum)
				FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
				WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
				""", (row) -> new CatalogSnapshot.Column(row.getString(1), row.getString(2), row.getBoolean(3),
				Optional.ofNullable(row.getString(4)), row.getBoolean(5), Optional.ofNullable(row.getString(6))), oid);
		List<CatalogSnapshot.Unique> uniques = CatalogReader.query(connection, """
				SELECT c.conname, ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(num, pos)
				    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num ORDER BY k.pos)
				FROM pg_constraint c WHERE c.conrelid = ? AND c.contype = 'u'
				""", (row) -> new CatalogSnapshot.Unique(Optional.of(row.getString(1)), strings(row.getArray(2))), oid);
		List<CatalogSnapshot.Check> checks = CatalogReader.query(connection, """
				SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = ? AND contype = 'c'
				""", (row) -> new CatalogSnapshot.Check(Optional.of(row.getString(1)),
				row.getString(2).replaceFirst("^CHECK ", "")), oid);
		List<CatalogSnapshot.Index> indexes = CatalogReader.query(connection, """
				SELECT ic.relname, i.indisunique, pg_get_expr(i.indpred, i.indrelid),
				    ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k)
				FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
				WHERE i.indrelid = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid
				    AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))
				""", (row) -> new CatalogSnapshot.Index(row.getString(1), strings(row.getArray(4)), row.getBoolean(2),
				Optional.ofNullable(row.getString(3))), oid);
		return new CatalogSnapshot.Table(table, comment, columns,
				CatalogReader.primaryKey(connection, null, schema, table, (name) -> true), uniques, checks,
				CatalogReader.foreignKeys(connection, null, schema, table, (name) -> true, false), indexes);
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

}
