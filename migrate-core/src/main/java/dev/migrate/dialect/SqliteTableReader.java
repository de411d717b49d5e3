package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.Constraint;
import dev.migrate.ops.Operation;

/**
 * Reads a table's current definition from SQLite's catalog: columns with their types,
 * nullability, defaults and primary key from {@code PRAGMA table_xinfo}, unique constraints and
 * indexes (partial ones included) from {@code PRAGMA index_list} and {@code index_xinfo},
 * foreign keys with their actions from {@code PRAGMA foreign_key_list}, and from the
 * {@code CREATE TABLE} statement in {@code sqlite_master} what no pragma says: constraint names,
 * check constraints, collations and {@code AUTOINCREMENT}.
 */
final class SqliteTableReader implements SqliteTables {

	private final Connection connection;

	private final Dialect dialect;

	SqliteTableReader(Connection connection, Dialect dialect) {
		this.connection = connection;
		this.dialect = dialect;
	}

	@Override
	public Optional<SqliteTable> find(String table) {
		try {
			return name(table).isPresent() ? Optional.of(read(table, false)) : Optional.empty();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read table " + table + " from SQLite's catalog: " + ex.getMessage(),
					ex);
		}
	}

	@Override
	public SqliteTable require(String table) {
		try {
			return read(table, true);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read table " + table + " from SQLite's catalog: " + ex.getMessage(),
					ex);
		}
	}

	@Override
	public List<String> enforcedReferences(String table) {
		try {
			if (!pragmaOn("foreign_keys")) {
				return List.of();
			}
			List<String> referencing = new ArrayList<>();
			for (String candidate : tableNames()) {
				for (ForeignKeyRows key : foreignKeys(candidate).values()) {
					if (key.table().equalsIgnoreCase(table) && hasReferencingRows(candidate, key.from())) {
						referencing.add(candidate);
						break;
					}
				}
			}
			return referencing;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the foreign keys to table " + table + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public boolean legacyAlterTable() {
		try {
			return pragmaOn("legacy_alter_table");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read PRAGMA legacy_alter_table: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void applied(Operation operation) {
		// the catalog itself changes; the next read sees it
	}

	private Optional<String> name(String table) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(
				"SELECT name FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
			statement.setString(1, table);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
			}
		}
	}

	/**
	 * Reads a table; {@code forRebuild} refuses a table with generated columns, which a rebuild
	 * would lose, while a read that only decides whether a change runs in place leaves them out.
	 */
	private SqliteTable read(String table, boolean forRebuild) throws SQLException {
		String name;
		String sql;
		try (PreparedStatement statement = this.connection.prepareStatement(
				"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
			statement.setString(1, table);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					throw new IllegalArgumentException("SQLite has no table " + table);
				}
				name = result.getString(1);
				sql = result.getString(2);
			}
		}
		SqliteCreateTableParser.ParsedTable parsed = SqliteCreateTableParser.parse(sql);
		List<SqliteColumn> columns = new ArrayList<>();
		TreeMap<Integer, String> keyColumns = new TreeMap<>();
		try (ResultSet result = pragma("table_xinfo", name)) {
			while (result.next()) {
				String column = result.getString("name");
				if (result.getInt("hidden") != 0) {
					if (!forRebuild) {
						continue;
					}
					throw new UnsupportedOperationException("Table " + name + " has the generated column " + column
							+ ", which migrate does not rebuild; change the table with op.execute(...)");
				}
				Optional<SqliteCreateTableParser.ParsedColumn> parsedColumn = parsed.column(column);
				columns.add(new SqliteColumn(column, nonNull(result.getString("type")), result.getInt("notnull") == 0,
						Optional.ofNullable(result.getString("dflt_value")),
						parsedColumn.flatMap(SqliteCreateTableParser.ParsedColumn::collation),
						parsedColumn.map(SqliteCreateTableParser.ParsedColumn::checks).orElse(List.of())));
				if (result.getInt("pk") > 0) {
					keyColumns.put(result.getInt("pk"), column);
				}
			}
		}
		Optional<Constraint.PrimaryKey> primaryKey = keyColumns.isEmpty() ? Optional.empty()
				: Optional.of(new Constraint.PrimaryKey(constraintName(parsed, "PRIMARY", List.copyOf(keyColumns.values()), ""),
						List.copyOf(keyColumns.values())));
		boolean autoincrement = keyColumns.size() == 1 && parsed.column(keyColumns.firstEntry().getValue())
			.map(SqliteCreateTableParser.ParsedColumn::autoincrement)
			.orElse(false);
		List<Constraint> constraints = new ArrayList<>();
		List<SqliteIndex> indexes = new ArrayList<>();
		readIndexes(name, parsed, constraints, indexes, forRebuild);
		for (SqliteCreateTableParser.ParsedConstraint constraint : parsed.constraints()) {
			if (constraint.kind().equals("CHECK")) {
				constraints.add(new Constraint.Check(constraint.name(), constraint.condition()));
			}
		}
		for (ForeignKeyRows key : foreignKeys(name).values()) {
			constraints.add(foreignKey(parsed, key));
		}
		return new SqliteTable(name, columns, primaryKey, autoincrement, constraints, indexes, triggers(name),
				parsed.options());
	}

	private void readIndexes(String table, SqliteCreateTableParser.ParsedTable parsed, List<Constraint> constraints,
			List<SqliteIndex> indexes, boolean forRebuild) throws SQLException {
		List<String[]> list = new ArrayList<>();
		try (ResultSet result = pragma("index_list", table)) {
			while (result.next()) {
				list.add(new String[] { result.getString("name"), result.getString("origin"),
						String.valueOf(result.getInt("unique")) });
			}
		}
		// index_list puts the newest first
		for (int i = list.size() - 1; i >= 0; i--) {
			String index = list.get(i)[0];
			String origin = list.get(i)[1];
			boolean unique = list.get(i)[2].equals("1");
			if (origin.equals("u")) {
				List<String> columns = indexColumnNames(index);
				if (forRebuild && indexColumns(index).isEmpty()) {
					throw new UnsupportedOperationException("Table " + table + " has a unique constraint on " + columns
							+ " with a collation or a descending column, which migrate does not rebuild; change the"
							+ " table with op.execute(...)");
				}
				constraints.add(new Constraint.Unique(constraintName(parsed, "UNIQUE", columns, ""), columns));
			}
			else if (origin.equals("c")) {
				String sql = indexSql(index);
				Optional<List<String>> columns = indexColumns(index);
				if (columns.isPresent()) {
					indexes.add(new SqliteIndex(index, columns.get(), unique, where(sql), Optional.empty()));
				}
				else {
					indexes.add(new SqliteIndex(index, List.of(), unique, Optional.empty(), Optional.of(sql)));
				}
			}
		}
	}

	/**
	 * Returns the columns of an index, or empty when it has an expression, a descending column
	 * or a collation, which only its statement describes.
	 */
	private Optional<List<String>> indexColumns(String index) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (ResultSet result = pragma("index_xinfo", index)) {
			while (result.next()) {
				if (result.getInt("key") == 0) {
					continue;
				}
				if (result.getInt("cid") < 0 || result.getInt("desc") != 0
						|| !"BINARY".equalsIgnoreCase(result.getString("coll"))) {
					return Optional.empty();
				}
				columns.add(result.getString("name"));
			}
		}
		return Optional.of(columns);
	}

	/**
	 * Returns the names of an index's columns, whatever their order or collation.
	 */
	private List<String> indexColumnNames(String index) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (ResultSet result = pragma("index_info", index)) {
			while (result.next()) {
				columns.add(result.getString("name"));
			}
		}
		return columns;
	}

	private String indexSql(String index) throws SQLException {
		try (PreparedStatement statement = this.connection
			.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")) {
			statement.setString(1, index);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getString(1);
			}
		}
	}

	/**
	 * Returns the condition of a partial index: what follows {@code WHERE} after the column list.
	 */
	static Optional<String> where(String createIndex) {
		List<SqliteTokens.Token> tokens = SqliteTokens.tokenize(createIndex);
		int on = 0;
		while (on < tokens.size() && !tokens.get(on).is("ON")) {
			on++;
		}
		int open = on;
		while (open < tokens.size() && !tokens.get(open).is('(')) {
			open++;
		}
		int close = SqliteTokens.closing(tokens, open);
		if (close + 1 < tokens.size() && tokens.get(close + 1).is("WHERE")) {
			return Optional.of(createIndex.substring(tokens.get(close + 1).end()).strip());
		}
		return Optional.empty();
	}

	private Constraint.ForeignKey foreignKey(SqliteCreateTableParser.ParsedTable parsed, ForeignKeyRows key)
			throws SQLException {
		List<String> referenced = key.from();
		if (key.to().stream().anyMatch((each) -> each == null)) {
			referenced = primaryKeyOf(key.table()).orElse(key.from());
		}
		else {
			referenced = key.to().stream().map(String::valueOf).toList();
		}
		return new Constraint.ForeignKey(constraintName(parsed, "FOREIGN", key.from(), key.table()), key.from(),
				key.table(), referenced, action(key.onDelete()), action(key.onUpdate()));
	}

	private Optional<List<String>> primaryKeyOf(String table) throws SQLException {
		TreeMap<Integer, String> key = new TreeMap<>();
		try (ResultSet result = pragma("table_info", table)) {
			while (result.next()) {
				if (result.getInt("pk") > 0) {
					key.put(result.getInt("pk"), result.getString("name"));
				}
			}
		}
		return key.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(key.values()));
	}

	/**
	 * Finds a constraint's name in the statement: a table constraint of the kind on the same
	 * columns, or one declared with its single column.
	 */
	private static Optional<String> constraintName(SqliteCreateTableParser.ParsedTable parsed, String kind,
			List<String> columns, String referencedTable) {
		for (SqliteCreateTableParser.ParsedConstraint constraint : parsed.constraints()) {
			if (constraint.kind().equals(kind) && sameNames(constraint.columns(), columns)
					&& constraint.referencedTable().equalsIgnoreCase(referencedTable)) {
				return constraint.name();
			}
		}
		if (columns.size() == 1) {
			return parsed.column(columns.get(0)).flatMap((column) -> switch (kind) {
				case "PRIMARY" -> column.keyName();
				case "UNIQUE" -> column.uniqueName();
				default -> column.foreignKeyName();
			});
		}
		return Optional.empty();
	}

	private static boolean sameNames(List<String> a, List<String> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!a.get(i).equalsIgnoreCase(b.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static Constraint.ReferentialAction action(String action) {
		return Constraint.ReferentialAction.valueOf(action.toUpperCase(Locale.ROOT).replace(' ', '_'));
	}

	/**
	 * The rows of {@code PRAGMA foreign_key_list} for one foreign key; {@code to} holds nulls
	 * where the key references the primary key without naming its columns.
	 */
	private record ForeignKeyRows(String table, List<String> from, List<@Nullable String> to, String onDelete,
			String onUpdate) {
	}

	/**
	 * Returns the foreign keys of a table in the order they were declared (the pragma numbers the
	 * last one 0).
	 */
	private Map<Integer, ForeignKeyRows> foreignKeys(String table) throws SQLException {
		Map<Integer, ForeignKeyRows> keys = new TreeMap<>((a, b) -> Integer.compare(b, a));
		try (ResultSet result = pragma("foreign_key_list", table)) {
			while (result.next()) {
				int id = result.getInt("id");
				ForeignKeyRows key = keys.get(id);
				if (key == null) {
					key = new ForeignKeyRows(result.getString("table"), new ArrayList<>(), new ArrayList<>(),
							result.getString("on_delete"), result.getString("on_update"));
					keys.put(id, key);
				}
				key.from().add(result.getString("from"));
				key.to().add(result.getString("to"));
			}
		}
		return keys;
	}

	private List<String> triggers(String table) throws SQLException {
		List<String> triggers = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(
				"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE ORDER BY rowid")) {
			statement.setString(1, table);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					triggers.add(result.getString(1));
				}
			}
		}
		return triggers;
	}

	private List<String> tableNames() throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery(
						"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
			while (result.next()) {
				names.add(result.getString(1));
			}
		}
		return names;
	}

	private boolean hasReferencingRows(String table, List<String> columns) throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT 1 FROM ").append(this.dialect.quotedIdentifier(table))
			.append(" WHERE ");
		for (int i = 0; i < columns.size(); i++) {
			sql.append((i > 0) ? " AND " : "").append(this.dialect.quotedIdentifier(columns.get(i))).append(" IS NOT NULL");
		}
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery(sql.append(" LIMIT 1").toString())) {
			return result.next();
		}
	}

	private boolean pragmaOn(String pragma) throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
			return result.next() && result.getInt(1) != 0;
		}
	}

	private ResultSet pragma(String pragma, String argument) throws SQLException {
		Statement statement = this.connection.createStatement();
		statement.closeOnCompletion();
		return statement.executeQuery("PRAGMA " + pragma + "(" + this.dialect.stringLiteral(argument) + ")");
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
