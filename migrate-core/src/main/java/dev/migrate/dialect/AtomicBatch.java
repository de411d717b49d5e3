package dev.migrate.dialect;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a database offers that runs a JDBC batch sent in auto-commit mode as one implicit
 * transaction (PostgreSQL): a revision's statements, its version-row changes and its history
 * row then commit together, or not at all, in one round trip instead of one per statement plus
 * the commit's.
 *
 * <p>The step's bookkeeping is one statement ({@link #recordStep}) that fails when a version row
 * it changes is missing, so that a version table changed behind the run's back aborts the whole
 * batch rather than being noticed after the commit.
 */
public interface AtomicBatch {

	/**
	 * Returns a change that adds a version row, for {@link #recordStep}.
	 * @param table the version table
	 * @param revision the revision
	 * @return the change, with literal values
	 */
	String insertVersion(TableName table, String revision);

	/**
	 * Returns a change that deletes a version row, for {@link #recordStep}.
	 * @param table the version table
	 * @param revision the revision
	 * @return the change, with literal values
	 */
	String deleteVersion(TableName table, String revision);

	/**
	 * Returns a change that rewrites a version row, for {@link #recordStep}.
	 * @param table the version table
	 * @param from the revision the row holds
	 * @param to the revision it holds afterwards
	 * @return the change, with literal values
	 */
	String updateVersion(TableName table, String from, String to);

	/**
	 * Returns the one statement that makes a step's version-row changes and adds its history
	 * row. It fails when a change finds no row: the history row's revision is then null, which
	 * its column refuses.
	 * @param changes the changes, as this batch's other methods write them
	 * @param revision the history row's revision
	 * @param historyInsert writes the insert of the history row with an expression in place of
	 * the revision's literal
	 * @return the statement
	 */
	String recordStep(List<String> changes, String revision, UnaryOperator<String> historyInsert);

	/**
	 * Returns the statement that lets the session's commits return before they reach the disk,
	 * for the steps of a run that a later commit of the same run makes durable: a crash of the
	 * database may then lose the last such commits, whole, never a part of one.
	 * @return the statement
	 */
	String deferDurability();

	/**
	 * Returns the statement that makes the session's commits wait for the disk again, as they
	 * did before {@link #deferDurability()}.
	 * @param setting the setting {@link #durabilitySetting()} read before
	 * @return the statement
	 */
	String restoreDurability(String setting);

	/**
	 * Returns the query of the session's durability setting, one row and column.
	 * @return the query
	 */
	String durabilitySetting();

	/**
	 * Tells whether a durability setting already lets commits return before they reach the disk.
	 * @param setting the setting {@link #durabilitySetting()} read
	 * @return whether deferring would change nothing
	 */
	boolean defersDurability(String setting);

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
