package dev.migrate.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what SQLite keeps only in a table's {@code CREATE TABLE} text: the names of its
 * constraints and the conditions of its checks.
 */
final class SqliteTableSql {

	/**
	 * A named constraint: its kind ({@code PRIMARY}, {@code UNIQUE}, {@code FOREIGN} for
	 * a table constraint; the same for a column constraint, whose column is then the only one)
	 * and its columns.
	 */
	record Named(String name, String kind, List<String> columns) {

	}

	private final List<CatalogSnapshot.Check> checks = new ArrayList<>();

	private final List<Named> named = new ArrayList<>();

	private final boolean autoIncrement;

	private SqliteTableSql(String sql) {
		List<Token> tokens = tokens(sql);
		int open = 0;
		while (open < tokens.size() && !tokens.get(open).is("(")) {
			open++;
		}
		List<List<Token>> elements = new ArrayList<>();
		List<Token> current = new ArrayList<>();
		int depth = 0;
		for (int i = open + 1; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.is("(")) {
				depth++;
			}
			else if (token.is(")")) {
				if (depth == 0) {
					break;
				}
				depth--;
			}
			if (depth == 0 && token.is(",")) {
				elements.add(current);
				current = new ArrayList<>();
			}
			else {
				current.add(token);
			}
		}
		elements.add(current);
		boolean autoIncrementSeen = false;
		for (List<Token> element : elements) {
			element(sql, element);
			autoIncrementSeen |= element.stream().anyMatch((token) -> token.is("AUTOINCREMENT"));
		}
		this.autoIncrement = autoIncrementSeen;
	}

	static SqliteTableSql parse(String sql) {
		return new SqliteTableSql(sql);
	}

	List<CatalogSnapshot.Check> checks() {
		return this.checks;
	}

	boolean autoIncrement() {
		return this.autoIncrement;
	}

	/**
	 * Returns the name given to a constraint of a kind over columns.
	 */
	Optional<String> name(String kind, List<String> columns) {
		return this.named.stream()
			.filter((each) -> each.kind().equals(kind) && lower(each.columns()).equals(lower(columns)))
			.map(Named::name)
			.findFirst();
	}

	private void element(String sql, List<Token> element) {
		boolean tableConstraint = !element.isEmpty() && (element.get(0).is("CONSTRAINT") || element.get(0).is("PRIMARY")
				|| element.get(0).is("UNIQUE") || element.get(0).is("CHECK") || element.get(0).is("FOREIGN"));
		String column = (!tableConstraint && !element.isEmpty()) ? element.get(0).name() : null;
		for (int i = 0; i < element.size(); i++) {
			Token token = element.get(i);
			Optional<String> name = (i >= 2 && element.get(i - 2).is("CONSTRAINT"))
					? Optional.of(element.get(i - 1).name()) : Optional.empty();
			if (token.is("CHECK") && i + 1 < element.size() && element.get(i + 1).is("(")) {
				int close = closing(element, i + 1);
				this.checks.add(new CatalogSnapshot.Check(name,
						sql.substring(element.get(i + 1).end(), element.get(close).start())));
			}
			else if (name.isPresent() && (token.is("PRIMARY") || token.is("UNIQUE") || token.is("FOREIGN")
					|| token.is("REFERENCES"))) {
				String kind = token.is("REFERENCES") ? "FOREIGN" : token.text().toUpperCase(Locale.ROOT);
				List<String> columns = (column != null) ? List.of(column) : columnList(element, i);
				this.named.add(new Named(name.get(), kind, columns));
			}
		}
	}

	private static List<String> columnList(List<Token> element, int from) {
		int i = from;
		while (i < element.size() && !element.get(i).is("(")) {
			i++;
		}
		List<String> columns = new ArrayList<>();
		for (int j = i + 1; j < element.size() && !element.get(j).is(")"); j++) {
			if (!element.get(j).is(",")) {
				columns.add(element.get(j).name());
			}
		}
		return columns;
	}

	private static int closing(List<Token> element, int open) {
		int depth = 0;
		for (int i = open; i < element.size(); i++) {
			if (element.get(i).is("(")) {
				depth++;
			}
			else if (element.get(i).is(")") && --depth == 0) {
				return i;
			}
		}
		return element.size() - 1;
	}

	private static List<String> lower(List<String> names) {
		return names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * A token of the statement, with its place in the text.
	 */
	record Token(String text, int start, int end) {

		boolean is(String word) {
			return this.text.equalsIgnoreCase(word);
		}

		/**
		 * Returns the token as a name, without its quotes.
		 */
		String name() {
			if (this.text.length() >= 2) {
				char first = this.text.charAt(0);
				if (first == '"' || first == '`') {
					String quote = String.valueOf(first);
					return this.text.substring(1, this.text.length() - 1).replace(quote + quote, quote);
				}
				if (first == '[') {
					return this.text.substring(1, this.text.length() - 1);
				}
			}
			return this.text;
		}

	}

	private static List<Token> tokens(String sql) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			int start = i;
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (c == '-' && sql.startsWith("--", i)) {
				int end = sql.indexOf('\n', i);
				i = (end < 0) ? sql.length() : end + 1;
				continue;
			}
			if (c == '/' && sql.startsWith("/*", i)) {
				int end = sql.indexOf("*/", i + 2);
				i = (end < 0) ? sql.length() : end + 2;
				continue;
			}
			if (c == '\'' || c == '"' || c == '`' || c == '[') {
				char close = (c == '[') ? ']' : c;
				i++;
				while (i < sql.length()) {
					if (sql.charAt(i) == close) {
						if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
							i += 2;
							continue;
						}
						i++;
						break;
					}
					i++;
				}
			}
			else if (Character.isLetterOrDigit(c) || c == '_') {
				while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
						|| sql.charAt(i) == '$')) {
					i++;
				}
			}
			else {
				i++;
			}
			tokens.add(new Token(sql.substring(start, i), start, i));
		}
		return tokens;
	}

}
