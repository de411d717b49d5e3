package dev.migrate.runtime;

import java.sql.SQLException;

/**
 * Shortens what databases and scripts say to fit one line of a message.
 */
final class DatabaseMessages {

	/** How much of a statement a message quotes. */
	static final int STATEMENT_LENGTH = 200;

	private DatabaseMessages() {
	}

	/**
	 * Returns the database's message on one line.
	 */
	static String oneLine(SQLException ex) {
		String message = ex.getMessage();
		if (message == null || message.isBlank()) {
			message = ex.getClass().getSimpleName() + " (SQL state " + ex.getSQLState() + ", error code "
					+ ex.getErrorCode() + ")";
		}
		return collapse(message);
	}

	/**
	 * Returns the first 200 characters of a statement on one line.
	 */
	static String statement(String sql) {
		String text = collapse(sql);
		return (text.length() <= STATEMENT_LENGTH) ? text : text.substring(0, STATEMENT_LENGTH) + "...";
	}

	/**
	 * Replaces each run of white space with one space.
	 */
	static String collapse(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
