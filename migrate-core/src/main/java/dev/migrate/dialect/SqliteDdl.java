package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.Constraint;

/**
 * Writes the {@code CREATE TABLE} and {@code CREATE INDEX} statements of a {@link SqliteTable}.
 */
final class SqliteDdl {

	/** The key words SQLite takes as a default without parentheses. */
	private static final Set<String> PLAIN_DEFAULTS = Set.of("NULL", "TRUE", "FALSE", "CURRENT_TIME", "CURRENT_DATE",
			"CURRENT_TIMESTAMP");

	/** The defaults {@code ADD COLUMN} refuses although they need no parentheses. */
	private static final Set<String> TIME_DEFAULTS = Set.of("CURRENT_TIME", "CURRENT_DATE", "CURRENT_TIMESTAMP");

	private final Dialect dialect;

	SqliteDdl(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * Writes the statement that creates a table, under a given name (a rebuild's temporary one).
	 */
	String createTable(SqliteTable table, String name) {
		List<String> parts = new ArrayList<>();
		boolean inlineKey = table.primaryKey().map((key) -> key.columns().size() == 1).orElse(false);
		for (SqliteColumn column : table.columns()) {
			boolean key = inlineKey && table.primaryKey().get().columns().get(0).equalsIgnoreCase(column.name());
			parts.add(column(column, key ? table : null));
		}
		if (!inlineKey) {
			table.primaryKey()
				.ifPresent((key) -> parts.add(named(key) + "PRIMARY KEY (" + names(key.columns()) + ")"));
		}
		for (Constraint constraint : table.constraints()) {
			parts.add(constraint(constraint));
		}
		return "CREATE TABLE " + this.dialect.identifier(name) + " (\n\t" + String.join(",\n\t", parts) + "\n)"
				+ (table.options().isEmpty() ? "" : " " + table.options());
	}

	/**
	 * Writes a column's definition; {@code keyOf} is its table when the column alone is the
	 * primary key, which is then declared with it ({@code INTEGER PRIMARY KEY} makes the column
	 * the table's row id).
	 */
	String column(SqliteColumn column, @Nullable SqliteTable keyOf) {
		StringBuilder sql = new StringBuilder(this.dialect.identifier(column.name()));
		if (!column.type().isEmpty()) {
			sql.append(' ').append(column.type());
		}
		column.collation().ifPresent((collation) -> sql.append(" COLLATE ").append(collation));
		if (keyOf != null) {
			Constraint.PrimaryKey key = keyOf.primaryKey().orElseThrow();
			sql.append(' ').append(named(key)).append("PRIMARY KEY");
			if (keyOf.autoincrement()) {
				sql.append(" AUTOINCREMENT");
			}
		}
		if (!column.nullable()) {
			sql.append(" NOT NULL");
		}
		column.defaultSql().ifPresent((value) -> sql.append(" DEFAULT ").append(defaultClause(value)));
		for (Constraint.Check check : column.checks()) {
			sql.append(' ').append(named(check)).append("CHECK (").append(check.condition()).append(')');
		}
		return sql.toString();
	}

	/**
	 * Writes a table constraint.
	 */
	String constraint(Constraint constraint) {
		if (constraint instanceof Constraint.Unique unique) {
			return named(unique) + "UNIQUE (" + names(unique.columns()) + ")";
		}
		if (constraint instanceof Constraint.Check check) {
			return named(check) + "CHECK (" + check.condition() + ")";
		}
		if (constraint instanceof Constraint.PrimaryKey key) {
			return named(key) + "PRIMARY KEY (" + names(key.columns()) + ")";
		}
		Constraint.ForeignKey key = (Constraint.ForeignKey) constraint;
		StringBuilder sql = new StringBuilder(named(key)).append("FOREIGN KEY (")
			.append(names(key.columns()))
			.append(") REFERENCES ")
			.append(this.dialect.identifier(key.referencedTable()))
			.append(" (")
			.append(names(key.referencedColumns()))
			.append(')');
		if (key.onDelete() != Constraint.ReferentialAction.NO_ACTION) {
			sql.append(" ON DELETE ").append(action(key.onDelete()));
		}
		if (key.onUpdate() != Constraint.ReferentialAction.NO_ACTION) {
			sql.append(" ON UPDATE ").append(action(key.onUpdate()));
		}
		return sql.toString();
	}

	/**
	 * Writes the statement that creates an index of a table.
	 */
	String createIndex(SqliteIndex index, String table) {
		if (index.verbatim().isPresent()) {
			return index.verbatim().get();
		}
		return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + this.dialect.identifier(index.name())
				+ " ON " + this.dialect.identifier(table) + " (" + names(index.columns()) + ")"
				+ index.where().map((condition) -> " WHERE " + condition).orElse("");
	}

	/**
	 * Writes a default as {@code DEFAULT} takes it: literals and a few key words as they are,
	 * any other expression in parentheses.
	 */
	static String defaultClause(String value) {
		return isPlainDefault(value) ? value : "(" + value + ")";
	}

	/**
	 * Tells whether {@code ALTER TABLE ... ADD COLUMN} takes a default: a literal, not an
	 * expression or the current time.
	 */
	static boolean isConstantDefault(String value) {
		return isPlainDefault(value) && !TIME_DEFAULTS.contains(value.strip().toUpperCase(Locale.ROOT));
	}

	private static boolean isPlainDefault(String value) {
		List<SqliteTokens.Token> tokens = SqliteTokens.tokenize(value);
		if (tokens.size() == 1) {
			SqliteTokens.Token token = tokens.get(0);
			return token.kind() == SqliteTokens.Kind.STRING || token.kind() == SqliteTokens.Kind.OTHER
					|| PLAIN_DEFAULTS.contains(token.keyword());
		}
		if (tokens.size() == 2) {
			SqliteTokens.Token first = tokens.get(0);
			SqliteTokens.Token second = tokens.get(1);
			return ((first.is('-') || first.is('+')) && second.kind() == SqliteTokens.Kind.OTHER)
					|| (first.is("X") && second.kind() == SqliteTokens.Kind.STRING);
		}
		return false;
	}

	private String named(Constraint constraint) {
		return constraint.name().map((name) -> "CONSTRAINT " + this.dialect.identifier(name) + " ").orElse("");
	}

	private String names(List<String> columns) {
		return columns.stream().map(this.dialect::identifier).collect(Collectors.joining(", "));
	}

	private static String action(Constraint.ReferentialAction action) {
		return action.name().replace('_', ' ');
	}

}
