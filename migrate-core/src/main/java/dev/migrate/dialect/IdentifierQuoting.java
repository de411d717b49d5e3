package dev.migrate.dialect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a dialect quotes identifiers: its quote character and its reserved words.
 *
 * <p>A name that is all lower-case letters, digits and underscores (not starting with a digit)
 * and not reserved is written as it is: every database here reads it case-insensitively, so
 * users can write it without quotes too. Any other name is quoted, which keeps its case on the
 * databases that fold unquoted names (PostgreSQL to lower case, H2 to upper case).
 *
 * @param quote the character that opens and closes a quoted identifier
 * @param reservedWords the words that must be quoted to be used as names, in upper case
 */
record IdentifierQuoting(char quote, Set<String> reservedWords) {

	IdentifierQuoting {
		Objects.requireNonNull(reservedWords, "reservedWords");
		reservedWords = Set.copyOf(reservedWords);
	}

	/**
	 * Writes a name, quoting it only when needed.
	 */
	String identifier(String name) {
		return needsQuotes(name) ? quoted(name) : name;
	}

	/**
	 * Writes a name, always quoted.
	 */
	String quoted(String name) {
		Objects.requireNonNull(name, "name");
		String quoteText = String.valueOf(this.quote);
		return quoteText + name.replace(quoteText, quoteText + quoteText) + quoteText;
	}

	boolean needsQuotes(String name) {
		if (name.isEmpty() || !isPlainStart(name.charAt(0))) {
			return true;
		}
		for (int i = 1; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!isPlainStart(c) && !(c >= '0' && c <= '9')) {
				return true;
			}
		}
		return this.reservedWords.contains(name.toUpperCase(Locale.ROOT));
	}

	private static boolean isPlainStart(char c) {
		return (c >= 'a' && c <= 'z') || c == '_';
	}

	/**
	 * Splits a white-space separated list of words into a set.
	 */
	static Set<String> words(String text) {
		return Set.copyOf(Arrays.asList(text.strip().split("\\s+")));
	}

}
