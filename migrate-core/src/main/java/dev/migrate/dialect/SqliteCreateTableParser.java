package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.Constraint;

/**
 * Reads what SQLite's pragmas do not tell from a {@code CREATE TABLE} statement in its catalog:
 * the names of constraints, check conditions, collations, {@code AUTOINCREMENT} and the table's
 * options.
 */
final class SqliteCreateTableParser {

	/** The words that end a column's type and start its constraints. */
	private static final Set<String> COLUMN_CONSTRAINT_WORDS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE",
			"CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");

	/**
	 * What the statement says about one column.
	 *
	 * @param name the column's name
	 * @param collation its collation, if any
	 * @param checks the checks written with it
	 * @param keyName the name of the primary key declared with it, if any
	 * @param autoincrement whether it is declared {@code AUTOINCREMENT}
	 * @param uniqueName the name of a unique constraint declared with it, if any
	 * @param foreignKeyName the name of a foreign key declared with it, if any
	 * @param generated whether it is a generated column
	 */
	record ParsedColumn(String name, Optional<String> collation, List<Constraint.Check> checks,
			Optional<String> keyName, boolean autoincrement, Optional<String> uniqueName,
			Optional<String> foreignKeyName, boolean generated) {
	}

	/**
	 * A table constraint of the statement.
	 *
	 * @param kind {@code PRIMARY}, {@code UNIQUE}, {@code CHECK} or {@code FOREIGN}
	 * @param name its name, if any
	 * @param columns its columns (the referencing ones of a foreign key)
	 * @param condition a check's condition, else empty
	 * @param referencedTable a foreign key's referenced table, else empty
	 */
	record ParsedConstraint(String kind, Optional<String> name, List<String> columns, String condition,
			String referencedTable) {
	}

	/**
	 * The statement, read.
	 *
	 * @param columns the columns by lower-case name
	 * @param constraints the table constraints
	 * @param options what follows the column list
	 */
	record ParsedTable(Map<String, ParsedColumn> columns, List<ParsedConstraint> constraints, String options) {

		Optional<ParsedColumn> column(String name) {
			return Optional.ofNullable(this.columns.get(name.toLowerCase(Locale.ROOT)));
		}

	}

	private SqliteCreateTableParser() {
	}

	static ParsedTable parse(String sql) {
		List<SqliteTokens.Token> tokens = SqliteTokens.tokenize(sql);
		int open = 0;
		while (open < tokens.size() && !tokens.get(open).is('(')) {
			open++;
		}
		int close = SqliteTokens.closing(tokens, open);
		Map<String, ParsedColumn> columns = new LinkedHashMap<>();
		List<ParsedConstraint> constraints = new ArrayList<>();
		int start = open + 1;
		for (int i = start; i <= close && i < tokens.size(); i++) {
			SqliteTokens.Token token = tokens.get(i);
			if (token.is('(')) {
				i = SqliteTokens.closing(tokens, i);
			}
			else if (token.is(',') || i == close) {
				if (i > start) {
					element(sql, tokens.subList(start, i), columns, constraints);
				}
				start = i + 1;
			}
		}
		String options = (close + 1 < tokens.size()) ? sql.substring(tokens.get(close + 1).start()).strip() : "";
		return new ParsedTable(columns, constraints, options);
	}

	private static void element(String sql, List<SqliteTokens.Token> tokens, Map<String, ParsedColumn> columns,
			List<ParsedConstraint> constraints) {
		String first = tokens.get(0).keyword();
		boolean tableConstraint = first.equals("CONSTRAINT") || first.equals("PRIMARY") || first.equals("UNIQUE")
				|| first.equals("CHECK") || first.equals("FOREIGN");
		if (tableConstraint) {
			constraints.add(tableConstraint(sql, tokens));
		}
		else {
			ParsedColumn column = column(sql, tokens);
			columns.put(column.name().toLowerCase(Locale.ROOT), column);
		}
	}

	private static ParsedConstraint tableConstraint(String sql, List<SqliteTokens.Token> tokens) {
		int i = 0;
		Optional<String> name = Optional.empty();
		if (tokens.get(0).is("CONSTRAINT")) {
			name = Optional.of(tokens.get(1).name());
			i = 2;
		}
		String kind = tokens.get(i).keyword();
		int open = i;
		while (open < tokens.size() && !tokens.get(open).is('(')) {
			open++;
		}
		int close = SqliteTokens.closing(tokens, open);
		if (kind.equals("CHECK")) {
			return new ParsedConstraint(kind, name, List.of(), inner(sql, tokens, open, close), "");
		}
		List<String> names = columnNames(tokens, open, close);
		String referenced = "";
		for (int j = close + 1; j + 1 < tokens.size(); j++) {
			if (tokens.get(j).is("REFERENCES")) {
				referenced = tokens.get(j + 1).name();
				break;
			}
		}
		return new ParsedConstraint(kind, name, names, "", referenced);
	}

	private static ParsedColumn column(String sql, List<SqliteTokens.Token> tokens) {
		String name = tokens.get(0).name();
		Optional<String> collation = Optional.empty();
		List<Constraint.Check> checks = new ArrayList<>();
		Optional<String> keyName = Optional.empty();
		boolean autoincrement = false;
		Optional<String> uniqueName = Optional.empty();
		Optional<String> foreignKeyName = Optional.empty();
		boolean generated = false;
		@Nullable String pending = null;
		int i = 1;
		while (i < tokens.size() && !COLUMN_CONSTRAINT_WORDS.contains(tokens.get(i).keyword())) {
			i = tokens.get(i).is('(') ? SqliteTokens.closing(tokens, i) + 1 : i + 1;
		}
		for (; i < tokens.size(); i++) {
			SqliteTokens.Token token = tokens.get(i);
			switch (token.keyword()) {
				case "CONSTRAINT":
					pending = tokens.get(++i).name();
					continue;
				case "PRIMARY":
					keyName = Optional.ofNullable(pending);
					break;
				case "AUTOINCREMENT":
					autoincrement = true;
					continue;
				case "UNIQUE":
					uniqueName = Optional.ofNullable(pending);
					break;
				case "REFERENCES":
					foreignKeyName = Optional.ofNullable(pending);
					break;
				case "COLLATE":
					collation = Optional.of(tokens.get(++i).text());
					continue;
				case "GENERATED":
				case "AS":
					generated = true;
					break;
				case "CHECK": {
					int open = i + 1;
					int close = SqliteTokens.closing(tokens, open);
					checks.add(new Constraint.Check(Optional.ofNullable(pending), inner(sql, tokens, open, close)));
					pending = null;
					i = close;
					continue;
				}
				default:
					if (token.is('(')) {
						i = SqliteTokens.closing(tokens, i);
					}
					else if (token.is("NOT") || token.is("NULL") || token.is("DEFAULT")) {
						pending = null;
					}
					continue;
			}
			pending = null;
		}
		return new ParsedColumn(name, collation, checks, keyName, autoincrement, uniqueName, foreignKeyName, generated);
	}

	private static String inner(String sql, List<SqliteTokens.Token> tokens, int open, int close) {
		if (close >= tokens.size()) {
			return sql.substring(tokens.get(open).end()).strip();
		}
		return sql.substring(tokens.get(open).end(), tokens.get(close).start()).strip();
	}

	/**
	 * Returns the first name of each comma-separated item between two parentheses.
	 */
	private static List<String> columnNames(List<SqliteTokens.Token> tokens, int open, int close) {
		List<String> names = new ArrayList<>();
		boolean itemStart = true;
		for (int i = open + 1; i < close && i < tokens.size(); i++) {
			SqliteTokens.Token token = tokens.get(i);
			if (token.is(',')) {
				itemStart = true;
			}
			else if (itemStart && token.isName()) {
				names.add(token.name());
				itemStart = false;
			}
		}
		return names;
	}

}
