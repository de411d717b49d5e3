package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQLite SQL text into tokens, keeping each token's place in the text, for reading the
 * {@code CREATE TABLE} and {@code CREATE INDEX} statements SQLite keeps in its catalog and for
 * renaming a column inside a check condition.
 */
final class SqliteTokens {

	/**
	 * The kinds of tokens.
	 */
	enum Kind {

		/** A bare word: a key word or an unquoted name. */
		WORD,
		/** A quoted name: {@code "name"}, {@code `name`} or {@code [name]}. */
		QUOTED,
		/** A string literal. */
		STRING,
		/** A number or any other run of characters that is neither a name nor punctuation. */
		OTHER,
		/** One punctuation character, such as a parenthesis or a comma. */
		PUNCTUATION

	}

	/**
	 * One token.
	 *
	 * @param kind the kind
	 * @param start the index of its first character in the text
	 * @param end the index after its last character
	 * @param text the token as written
	 */
	record Token(Kind kind, int start, int end, String text) {

		/**
		 * Tells whether the token is a name, bare or quoted.
		 */
		boolean isName() {
			return this.kind == Kind.WORD || this.kind == Kind.QUOTED;
		}

		/**
		 * Returns the name a name token stands for, without quotes.
		 */
		String name() {
			if (this.kind != Kind.QUOTED) {
				return this.text;
			}
			char open = this.text.charAt(0);
			String inner = this.text.substring(1, this.text.length() - 1);
			if (open == '[') {
				return inner;
			}
			String quote = String.valueOf(open);
			return inner.replace(quote + quote, quote);
		}

		/**
		 * Tells whether the token is a given key word.
		 */
		boolean is(String keyword) {
			return this.kind == Kind.WORD && this.text.equalsIgnoreCase(keyword);
		}

		/**
		 * Tells whether the token is a given punctuation character.
		 */
		boolean is(char punctuation) {
			return this.kind == Kind.PUNCTUATION && this.text.charAt(0) == punctuation;
		}

		/**
		 * Returns the key word in upper case, or an empty string for other tokens.
		 */
		String keyword() {
			return (this.kind == Kind.WORD) ? this.text.toUpperCase(Locale.ROOT) : "";
		}

	}

	private SqliteTokens() {
	}

	/**
	 * Splits text into tokens, leaving out white space and comments.
	 */
	static List<Token> tokenize(String sql) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int length = sql.length();
		while (i < length) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
				int newline = sql.indexOf('\n', i);
				i = (newline < 0) ? length : newline + 1;
			}
			else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
				int close = sql.indexOf("*/", i + 2);
				i = (close < 0) ? length : close + 2;
			}
			else if (c == '\'' || c == '"' || c == '`') {
				int end = quotedEnd(sql, i, c);
				tokens.add(new Token((c == '\'') ? Kind.STRING : Kind.QUOTED, i, end, sql.substring(i, end)));
				i = end;
			}
			else if (c == '[') {
				int close = sql.indexOf(']', i);
				int end = (close < 0) ? length : close + 1;
				tokens.add(new Token(Kind.QUOTED, i, end, sql.substring(i, end)));
				i = end;
			}
			else if (Character.isLetter(c) || c == '_') {
				int end = i + 1;
				while (end < length && isWordPart(sql.charAt(end))) {
					end++;
				}
				tokens.add(new Token(Kind.WORD, i, end, sql.substring(i, end)));
				i = end;
			}
			else if (Character.isDigit(c)) {
				int end = i + 1;
				while (end < length && (isWordPart(sql.charAt(end)) || sql.charAt(end) == '.')) {
					end++;
				}
				tokens.add(new Token(Kind.OTHER, i, end, sql.substring(i, end)));
				i = end;
			}
			else {
				tokens.add(new Token(Kind.PUNCTUATION, i, i + 1, String.valueOf(c)));
				i++;
			}
		}
		return tokens;
	}

	/**
	 * Returns the index of the parenthesis that closes the one at {@code open}, or the number of
	 * tokens if it is never closed.
	 */
	static int closing(List<Token> tokens, int open) {
		int depth = 0;
		for (int i = open; i < tokens.size(); i++) {
			if (tokens.get(i).is('(')) {
				depth++;
			}
			else if (tokens.get(i).is(')')) {
				depth--;
				if (depth == 0) {
					return i;
				}
			}
		}
		return tokens.size();
	}

	/**
	 * Rewrites a piece of SQL with every name {@code from} (bare or quoted, ignoring case)
	 * replaced by {@code to}, leaving strings and everything else as they are.
	 */
	static String renameIdentifier(String sql, String from, String to) {
		StringBuilder result = new StringBuilder();
		int copied = 0;
		for (Token token : tokenize(sql)) {
			if (token.isName() && token.name().equalsIgnoreCase(from)) {
				result.append(sql, copied, token.start()).append(to);
				copied = token.end();
			}
		}
		return result.append(sql.substring(copied)).toString();
	}

	/**
	 * Tells whether a piece of SQL mentions a name, bare or quoted, ignoring case.
	 */
	static boolean mentions(String sql, String name) {
		return tokenize(sql).stream().anyMatch((token) -> token.isName() && token.name().equalsIgnoreCase(name));
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

	private static int quotedEnd(String sql, int start, char quote) {
		int i = start + 1;
		while (i < sql.length()) {
			if (sql.charAt(i) == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return sql.length();
	}

}
