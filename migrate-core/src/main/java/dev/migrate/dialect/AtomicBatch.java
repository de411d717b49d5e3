package dev.migrate.dialect;

import java.time.Instant;

/**
 * What a database offers that runs a JDBC batch sent in auto-commit mode as one implicit
 * transaction (PostgreSQL): a revision's statements, its version-row changes and its history
 * row then commit together, or not at all, in one round trip instead of one per statement plus
 * the commit's.
 *
 * <p>Its version-row statements fail when the row they change is missing, so that a version
 * table changed behind the run's back aborts the whole batch rather than being noticed after
 * the commit.
 */
public interface AtomicBatch {

	/**
	 * Returns the statement that adds a version row.
	 * @param table the version table
	 * @param revision the revision
	 * @return the statement, with literal values
	 */
	String insertVersion(TableName table, String revision);

	/**
	 * Returns a statement that deletes a version row, and fails when there is none.
	 * @param table the version table
	 * @param revision the revision
	 * @return the statement, with literal values
	 */
	String deleteVersion(TableName table, String revision);

	/**
	 * Returns a statement that changes a version row, and fails when there is none to change.
	 * @param table the version table
	 * @param from the revision the row holds
	 * @param to the revision it holds afterwards
	 * @return the statement, with literal values
	 */
	String updateVersion(TableName table, String from, String to);

	/**
	 * Writes an instant as a literal of the history table's {@code started_at} column.
	 * @param instant the instant
	 * @return the literal
	 */
	String timestampLiteral(Instant instant);

	/**
	 * Returns an expression for the milliseconds since the batch's transaction started, as the
	 * history row's duration: the batch is one round trip, so its duration is only known to the
	 * database.
	 * @return the expression, of an integer type
	 */
	String elapsedMillis();

}
