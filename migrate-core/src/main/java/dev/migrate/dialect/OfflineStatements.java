package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migrate.script.SqlSyntax;

/**
 * Writes {@link SqlCommand}s as the text of an offline script: each {@code ?} placeholder is
 * replaced by the {@linkplain Dialect#literal(Object) literal} of its value. A question mark
 * inside a string, a quoted identifier, a comment (with MySQL's {@code #} comments on MariaDB
 * and MySQL) or a dollar-quoted body is text, not a placeholder.
 *
 * <p>A command without parameter rows is written as it is. A command with several parameter
 * rows (a bulk insert) becomes one statement per row, except that an
 * {@code INSERT ... VALUES (?, ...)} becomes multi-row {@code INSERT} statements of at most
 * {@value #ROWS_PER_INSERT} rows each.
 */
public final class OfflineStatements {

	/** The most rows one multi-row {@code INSERT} gets, to keep statements of a readable size. */
	static final int ROWS_PER_INSERT = 100;

	/** An insert whose values are one tuple of nothing but placeholders, at the statement's end. */
	private static final Pattern INSERT_VALUES = Pattern
		.compile("(?is)^(\\s*INSERT\\s.*?\\bVALUES)\\s*(\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\))\\s*$");

	private final Dialect dialect;

	/**
	 * Creates a writer for a dialect's scripts.
	 * @param dialect the dialect whose literals, quotes and comments the statements use
	 */
	public OfflineStatements(Dialect dialect) {
		this.dialect = Objects.requireNonNull(dialect, "dialect");
	}

	/**
	 * Writes a command as the statements of an offline script, without delimiters.
	 * @param command the command
	 * @return the statements, with literals in place of placeholders
	 * @throws IllegalArgumentException when the command's placeholders and values do not match in
	 * number, or a value has no literal
	 */
	public List<String> statements(SqlCommand command) {
		if (!command.parameterized()) {
			// without values nothing is bound, so a question mark is text (PostgreSQL's jsonb ? operator)
			return List.of(command.sql());
		}
		List<Integer> placeholders = placeholders(command.sql(), this.dialect.sqlSyntax());
		for (List<@Nullable Object> row : command.parameterRows()) {
			if (row.size() != placeholders.size()) {
				throw new IllegalArgumentException("Statement has " + placeholders.size() + " placeholders but "
						+ row.size() + " values: " + command.sql());
			}
		}
		Matcher insert = INSERT_VALUES.matcher(command.sql());
		if (command.parameterRows().size() > 1 && insert.matches()) {
			return multiRowInserts(command, placeholders, insert.group(1), insert.start(2), insert.end(2));
		}
		List<String> statements = new ArrayList<>(command.parameterRows().size());
		for (List<@Nullable Object> row : command.parameterRows()) {
			statements.add(substitute(command.sql(), 0, command.sql().length(), placeholders, row));
		}
		return statements;
	}

	private List<String> multiRowInserts(SqlCommand command, List<Integer> placeholders, String head, int tupleStart,
			int tupleEnd) {
		String sql = command.sql();
		List<String> statements = new ArrayList<>();
		List<List<@Nullable Object>> rows = command.parameterRows();
		for (int first = 0; first < rows.size(); first += ROWS_PER_INSERT) {
			StringBuilder statement = new StringBuilder(head);
			int last = Math.min(rows.size(), first + ROWS_PER_INSERT);
			for (int i = first; i < last; i++) {
				statement.append((i == first) ? "\n\t" : ",\n\t")
					.append(substitute(sql, tupleStart, tupleEnd, placeholders, rows.get(i)));
			}
			statements.add(statement.toString());
		}
		return statements;
	}

	/**
	 * Returns the part of {@code sql} from {@code start} to {@code end} with its placeholders
	 * replaced by the literals of the row's values.
	 */
	private String substitute(String sql, int start, int end, List<Integer> placeholders,
			List<@Nullable Object> row) {
		StringBuilder text = new StringBuilder(end - start + 16 * row.size());
		int from = start;
		for (int i = 0; i < placeholders.size(); i++) {
			int at = placeholders.get(i);
			if (at < start || at >= end) {
				continue;
			}
			text.append(sql, from, at).append(this.dialect.literal(row.get(i)));
			from = at + 1;
		}
		return text.append(sql, from, end).toString();
	}

	/**
	 * Finds the positions of the {@code ?} placeholders of a statement, skipping strings,
	 * quoted identifiers, comments and dollar-quoted text.
	 */
	static List<Integer> placeholders(String sql, SqlSyntax syntax) {
		List<Integer> found = new ArrayList<>();
		int length = sql.length();
		int i = 0;
		while (i < length) {
			char c = sql.charAt(i);
			if (c == '?') {
				found.add(i);
				i++;
			}
			else if (c == '\'') {
				boolean escapes = syntax.backslashEscapes() || (syntax.escapeStringPrefix() && i > 0
						&& (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
						&& (i < 2 || !Character.isLetterOrDigit(sql.charAt(i - 2))));
				i = endOfQuoted(sql, i, '\'', escapes);
			}
			else if (c == '"') {
				i = endOfQuoted(sql, i, '"', syntax.backslashEscapes());
			}
			else if (c == '`') {
				i = endOfQuoted(sql, i, '`', false);
			}
			else if ((c == '-' && i + 1 < length && sql.charAt(i + 1) == '-')
					|| (c == '#' && syntax.executableComments())) {
				// MySQL and MariaDB, the databases with executable comments, also take # line comments
				int lineEnd = sql.indexOf('\n', i);
				i = (lineEnd < 0) ? length : lineEnd + 1;
			}
			else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
				i = endOfBlockComment(sql, i, syntax.nestedBlockComments());
			}
			else if (c == '$' && syntax.dollarQuotes()) {
				i = endOfDollarQuote(sql, i);
			}
			else {
				i++;
			}
		}
		return found;
	}

	private static int endOfQuoted(String sql, int open, char quote, boolean backslashEscapes) {
		int i = open + 1;
		while (i < sql.length()) {
			char c = sql.charAt(i);
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
				}
				else {
					return i + 1;
				}
			}
			else {
				i++;
			}
		}
		return sql.length();
	}

	private static int endOfBlockComment(String sql, int open, boolean nested) {
		int depth = 1;
		int i = open + 2;
		while (i < sql.length() && depth > 0) {
			if (sql.startsWith("*/", i)) {
				depth--;
				i += 2;
			}
			else if (nested && sql.startsWith("/*", i)) {
				depth++;
				i += 2;
			}
			else {
				i++;
			}
		}
		return i;
	}

	/**
	 * Skips a {@code $tag$...$tag$} body, or only the {@code $} when it opens none (a parameter
	 * such as {@code $1}, or a {@code $} inside an identifier).
	 */
	private static int endOfDollarQuote(String sql, int open) {
		if (open > 0 && isIdentifierPart(sql.charAt(open - 1))) {
			return open + 1;
		}
		int i = open + 1;
		while (i < sql.length() && sql.charAt(i) != '$') {
			char c = sql.charAt(i);
			boolean tagChar = Character.isLetter(c) || c == '_' || (i > open + 1 && Character.isDigit(c));
			if (!tagChar) {
				return open + 1;
			}
			i++;
		}
		if (i >= sql.length()) {
			return open + 1;
		}
		String tag = sql.substring(open, i + 1);
		int close = sql.indexOf(tag, i + 1);
		return (close < 0) ? sql.length() : close + tag.length();
	}

	private static boolean isIdentifierPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

}
