package dev.migrate.runtime;

import java.sql.SQLException;

/**
 * How a run marks the units of work that commit or roll back as a whole, on its one connection.
 */
interface Transactions {

	/**
	 * Enters the run's transactional state, before the first unit.
	 */
	void start() throws SQLException;

	/**
	 * Opens a unit.
	 */
	void begin() throws SQLException;

	/**
	 * Commits the open unit.
	 */
	void commit() throws SQLException;

	/**
	 * Rolls the open unit back.
	 */
	void rollback() throws SQLException;

	/**
	 * Leaves every transaction, with no unit open, so that a revision marked
	 * {@code -- migrate:no-transaction} runs its statements outside any.
	 */
	void pause() throws SQLException;

	/**
	 * Returns to the run's transactional state after {@link #pause()}.
	 */
	void resume() throws SQLException;

	/**
	 * Makes durable what was written since the last unit ended, such as the history row of a
	 * failure after its unit was rolled back.
	 */
	void commitLoose() throws SQLException;

	/**
	 * Leaves the run's transactional state, after the last unit.
	 */
	void finish() throws SQLException;

}
