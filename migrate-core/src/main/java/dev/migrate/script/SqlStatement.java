package dev.migrate.script;

import java.util.Objects;

/**
 * One SQL statement of a revision script, without its delimiter and without the comments and
 * white space around it.
 *
 * @param sql the statement's text, from its first to its last significant character (comments
 * inside the statement are kept)
 * @param line the 1-based line of the script on which the statement starts
 */
public record SqlStatement(String sql, int line) {

	/**
	 * Creates a statement.
	 */
	public SqlStatement {
		Objects.requireNonNull(sql, "sql");
	}

}
