package dev.migrate.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits the SQL of a revision script section into statements.
 *
 * <p>Statements end at the delimiter, {@code ;} unless a MySQL-style {@code DELIMITER} line
 * changed it (the {@code DELIMITER} lines themselves are not statements; they are recognised
 * where no statement is pending). A delimiter inside a string, a quoted identifier, a comment or
 * a dollar-quoted string does not end a statement. Text after the last delimiter is a
 * statement too. Chunks holding nothing but white space and comments are dropped, as are
 * empty statements. Each statement keeps the line it starts on.
 *
 * <p>Which constructs exist is decided by the {@link SqlSyntax}. Block comments nest only where
 * the syntax says so (PostgreSQL). {@code #} line comments (MySQL) are not recognised, and
 * {@code --} always opens a comment, even where MySQL would want white space after it.
 *
 * <p>The splitter makes a single pass over the text without regular expressions: its time is
 * linear in the length of the script. It is immutable and safe to share.
 */
public final class SqlStatementSplitter {

	private final SqlSyntax syntax;

	/**
	 * Creates a splitter for a syntax.
	 * @param syntax the lexical rules of the target database
	 */
	public SqlStatementSplitter(SqlSyntax syntax) {
		this.syntax = Objects.requireNonNull(syntax, "syntax");
	}

	/**
	 * Splits SQL text that starts on line 1 of its script.
	 * @param sql the text
	 * @param origin the script, named in errors
	 * @return the statements, in order
	 * @throws ScriptParseException if a string, quoted identifier, comment or dollar quote is
	 * never closed, naming the line where it opened
	 */
	public List<SqlStatement> split(String sql, String origin) {
		return split(sql, 0, sql.length(), 1, origin);
	}

	/**
	 * Splits SQL text taken from a script where it starts on {@code firstLine}.
	 * @param sql the text
	 * @param origin the script, named in errors
	 * @param firstLine the script line on which {@code sql} starts (1-based)
	 * @return the statements, in order, with their script line numbers
	 * @throws ScriptParseException if a string, quoted identifier, comment or dollar quote is
	 * never closed, naming the line where it opened
	 */
	public List<SqlStatement> split(String sql, String origin, int firstLine) {
		return split(sql, 0, sql.length(), firstLine, origin);
	}

	List<SqlStatement> split(String text, int start, int end, int firstLine, String origin) {
		return new Scan(this.syntax, text, start, end, firstLine, origin).run();
	}

	/**
	 * The state of one pass over a text.
	 */
	private static final class Scan {

		private static final String DELIMITER_COMMAND = "DELIMITER";

		/**
		 * The ASCII characters that end a run of plain text: white space and the characters
		 * that may open a comment, a quote or a dollar quote.
		 */
		private static final boolean[] NOT_PLAIN = new boolean[128];

		static {
			for (char c = 0; c <= ' '; c++) {
				NOT_PLAIN[c] = Character.isWhitespace(c);
			}
			for (char c : "-/'\"`$".toCharArray()) {
				NOT_PLAIN[c] = true;
			}
		}

		private final SqlSyntax syntax;

		private final String text;

		private final int start;

		private final int end;

		private final String origin;

		private final List<SqlStatement> statements = new ArrayList<>();

		private String delimiter = ";";

		private int pos;

		private int line;

		private int statementStart = -1;

		private int statementEnd;

		private int statementLine;

		Scan(SqlSyntax syntax, String text, int start, int end, int firstLine, String origin) {
			this.syntax = syntax;
			this.text = text;
			this.start = start;
			this.end = end;
			this.origin = origin;
			this.pos = start;
			this.line = firstLine;
		}

		List<SqlStatement> run() {
			while (this.pos < this.end) {
				char c = this.text.charAt(this.pos);
				if (isAtDelimiter(c)) {
					finishStatement();
					this.pos += this.delimiter.length();
					continue;
				}
				switch (c) {
					case '\n', '\r' -> {
						countLineBreak(this.pos);
						this.pos++;
					}
					case ' ', '\t' -> this.pos++;
					case '-' -> {
						if (next() == '-') {
							skipLineComment();
						}
						else {
							significant(this.pos, this.pos + 1, this.line);
						}
					}
					case '/' -> {
						if (next() == '*') {
							blockComment();
						}
						else {
							significant(this.pos, this.pos + 1, this.line);
						}
					}
					case '\'' -> quoted('\'', "string literal", this.syntax.backslashEscapes() || isEscapeString());
					case '"' -> quoted('"', "double-quoted identifier", this.syntax.backslashEscapes());
					case '`' -> quoted('`', "back-quoted identifier", false);
					case '$' -> {
						if (!this.syntax.dollarQuotes() || !dollarQuote()) {
							significant(this.pos, this.pos + 1, this.line);
						}
					}
					default -> {
						if (Character.isWhitespace(c)) {
							this.pos++;
						}
						else if ((c != 'd' && c != 'D') || this.statementStart >= 0 || !delimiterCommand()) {
							significant(this.pos, endOfPlainText(this.pos + 1), this.line);
						}
					}
				}
			}
			finishStatement();
			return this.statements;
		}

		/**
		 * Returns the end of the run of plain characters starting at {@code from}: characters
		 * that can neither end a statement nor open a quote or comment. Scanning runs in this
		 * tight loop keeps a cold pass over a large script fast.
		 */
		private int endOfPlainText(int from) {
			char delimiterStart = this.delimiter.charAt(0);
			int i = from;
			while (i < this.end) {
				char c = this.text.charAt(i);
				if ((c < NOT_PLAIN.length) ? NOT_PLAIN[c] : Character.isWhitespace(c)) {
					break;
				}
				if (c == delimiterStart) {
					break;
				}
				i++;
			}
			return i;
		}

		private boolean isAtDelimiter(char c) {
			if (c != this.delimiter.charAt(0)) {
				return false;
			}
			int length = this.delimiter.length();
			return length == 1 || (this.pos + length <= this.end
					&& this.text.regionMatches(this.pos, this.delimiter, 0, length));
		}

		private char next() {
			return (this.pos + 1 < this.end) ? this.text.charAt(this.pos + 1) : '\0';
		}

		/**
		 * Marks {@code [from, to)} as statement text, opening a statement if none is pending.
		 */
		private void significant(int from, int to, int fromLine) {
			if (this.statementStart < 0) {
				this.statementStart = from;
				this.statementLine = fromLine;
			}
			this.statementEnd = to;
			this.pos = to;
		}

		private void finishStatement() {
			if (this.statementStart >= 0) {
				this.statements.add(new SqlStatement(this.text.substring(this.statementStart, this.statementEnd),
						this.statementLine));
				this.statementStart = -1;
			}
		}

		/**
		 * Counts the line break at {@code index}, if any: {@code \n}, or {@code \r} not followed
		 * by {@code \n}.
		 */
		private void countLineBreak(int index) {
			char c = this.text.charAt(index);
			if (c == '\n' || (c == '\r' && (index + 1 >= this.end || this.text.charAt(index + 1) != '\n'))) {
				this.line++;
			}
		}

		private void skipLineComment() {
			int i = this.pos + 2;
			while (i < this.end) {
				char c = this.text.charAt(i);
				if (c == '\n' || c == '\r') {
					break;
				}
				i++;
			}
			this.pos = i;
		}

		private void blockComment() {
			int open = this.pos;
			int openLine = this.line;
			char marker = (this.pos + 2 < this.end) ? this.text.charAt(this.pos + 2) : '\0';
			boolean executable = this.syntax.executableComments() && (marker == '!' || marker == '+');
			boolean nested = this.syntax.nestedBlockComments();
			int depth = 1;
			int i = this.pos + 2;
			while (depth > 0) {
				if (i >= this.end) {
					throw unterminated(openLine, "block comment", "*/");
				}
				char c = this.text.charAt(i);
				if (c == '*' && i + 1 < this.end && this.text.charAt(i + 1) == '/') {
					depth--;
					i += 2;
				}
				else if (nested && c == '/' && i + 1 < this.end && this.text.charAt(i + 1) == '*') {
					depth++;
					i += 2;
				}
				else {
					countLineBreak(i);
					i++;
				}
			}
			if (executable) {
				significant(open, i, openLine);
			}
			else {
				this.pos = i;
			}
		}

		/**
		 * Tells whether the quote at {@code pos} opens a PostgreSQL escape string: {@code E'}
		 * where the {@code E} does not end a longer word.
		 */
		private boolean isEscapeString() {
			if (!this.syntax.escapeStringPrefix() || this.pos - 1 < this.start) {
				return false;
			}
			char prefix = this.text.charAt(this.pos - 1);
			return (prefix == 'E' || prefix == 'e')
					&& (this.pos - 2 < this.start || !isIdentifierPart(this.text.charAt(this.pos - 2)));
		}

		private void quoted(char quote, String what, boolean backslashEscapes) {
			int open = this.pos;
			int openLine = this.line;
			int i = this.pos + 1;
			while (true) {
				if (i >= this.end) {
					throw unterminated(openLine, what, String.valueOf(quote));
				}
				char c = this.text.charAt(i);
				if (c == quote) {
					if (i + 1 < this.end && this.text.charAt(i + 1) == quote) {
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (c == '\\' && backslashEscapes) {
					i++;
					if (i < this.end) {
						countLineBreak(i);
						i++;
					}
					continue;
				}
				countLineBreak(i);
				i++;
			}
			significant(open, i, openLine);
		}

		/**
		 * Reads a dollar-quoted string at {@code pos} if one starts there.
		 * @return whether one did; {@code false} for a {@code $} inside an identifier or a
		 * parameter such as {@code $1}
		 */
		private boolean dollarQuote() {
			if (this.pos > this.start && isIdentifierPart(this.text.charAt(this.pos - 1))) {
				return false;
			}
			int i = this.pos + 1;
			if (i < this.end && this.text.charAt(i) != '$') {
				if (!isTagStart(this.text.charAt(i))) {
					return false;
				}
				i++;
				while (i < this.end && isTagPart(this.text.charAt(i))) {
					i++;
				}
			}
			if (i >= this.end || this.text.charAt(i) != '$') {
				return false;
			}
			int openLine = this.line;
			String tag = this.text.substring(this.pos, i + 1);
			int close = this.text.indexOf(tag, i + 1);
			if (close < 0 || close + tag.length() > this.end) {
				throw unterminated(openLine, "dollar-quoted string", tag);
			}
			for (int j = i + 1; j < close; j++) {
				countLineBreak(j);
			}
			significant(this.pos, close + tag.length(), openLine);
			return true;
		}

		/**
		 * Reads a {@code DELIMITER} line at {@code pos} if one is there, changing the delimiter.
		 * @return whether one was
		 */
		private boolean delimiterCommand() {
			int length = DELIMITER_COMMAND.length();
			if (!this.text.regionMatches(true, this.pos, DELIMITER_COMMAND, 0, length) || this.pos + length > this.end) {
				return false;
			}
			int i = this.pos + length;
			if (i < this.end && !isBlank(this.text.charAt(i)) && !isLineBreak(this.text.charAt(i))) {
				return false;
			}
			while (i < this.end && isBlank(this.text.charAt(i))) {
				i++;
			}
			int tokenStart = i;
			while (i < this.end && !Character.isWhitespace(this.text.charAt(i))) {
				i++;
			}
			if (tokenStart == i) {
				throw new ScriptParseException(this.origin, this.line,
						"DELIMITER must name the new delimiter on the same line, for example 'DELIMITER //'");
			}
			String newDelimiter = this.text.substring(tokenStart, i);
			while (i < this.end && !isLineBreak(this.text.charAt(i))) {
				if (!Character.isWhitespace(this.text.charAt(i))) {
					throw new ScriptParseException(this.origin, this.line, "unexpected text after 'DELIMITER "
							+ newDelimiter + "': the DELIMITER line must hold nothing else");
				}
				i++;
			}
			this.delimiter = newDelimiter;
			this.pos = i;
			return true;
		}

		private ScriptParseException unterminated(int openLine, String what, String closing) {
			return new ScriptParseException(this.origin, openLine,
					"unterminated " + what + ": it opens on this line and its closing " + closing + " is missing");
		}

		private static boolean isBlank(char c) {
			return c == ' ' || c == '\t';
		}

		private static boolean isLineBreak(char c) {
			return c == '\n' || c == '\r';
		}

		private static boolean isIdentifierPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '$';
		}

		private static boolean isTagStart(char c) {
			return Character.isLetter(c) || c == '_';
		}

		private static boolean isTagPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_';
		}

	}

}
