package dev.migrate.script;

/**
 * The lexical rules that decide where an SQL statement ends, which differ a little between
 * databases.
 *
 * <p>Every syntax knows single-quoted strings (with {@code ''} escapes), double-quoted and
 * back-quoted identifiers, {@code --} line comments, <code>/* *&#47;</code> block comments and
 * MySQL-style {@code DELIMITER} lines. The flags add what only some databases do.
 *
 * @param backslashEscapes whether a backslash escapes the next character inside single- and
 * double-quoted strings (MySQL and MariaDB by default)
 * @param escapeStringPrefix whether {@code E'...'} strings take backslash escapes (PostgreSQL)
 * @param nestedBlockComments whether block comments nest (PostgreSQL)
 * @param dollarQuotes whether {@code $$...$$} and {@code $tag$...$tag$} quote text (PostgreSQL,
 * H2); a {@code $} that follows an identifier character or starts a parameter such as {@code $1}
 * never opens a quote
 * @param executableComments whether <code>/*!...*&#47;</code> and <code>/*+...*&#47;</code> comments are
 * statement text rather than comments (MySQL and MariaDB)
 */
public record SqlSyntax(boolean backslashEscapes, boolean escapeStringPrefix, boolean nestedBlockComments,
		boolean dollarQuotes, boolean executableComments) {

	/**
	 * The common rules: no backslash escapes, block comments do not nest, dollar quotes are
	 * recognised. Suits H2 and SQLite.
	 */
	public static final SqlSyntax STANDARD = new SqlSyntax(false, false, false, true, false);

	/**
	 * PostgreSQL: {@code E''} strings, nested block comments and dollar quotes.
	 */
	public static final SqlSyntax POSTGRESQL = new SqlSyntax(false, true, true, true, false);

	/**
	 * MySQL and MariaDB: backslash escapes, executable comments, no dollar quotes ({@code $} is
	 * an identifier character there).
	 */
	public static final SqlSyntax MYSQL = new SqlSyntax(true, false, false, false, true);

}
