package dev.migrate.dialect;

import java.sql.SQLException;

/**
 * How a database serialises migrate runs on one version table, so that runners started at
 * once (several instances of an application) apply each revision exactly once.
 *
 * <p>Every strategy takes a lock the database releases by itself when the session that holds
 * it ends, so that a process killed half-way leaves nothing locked.
 */
public interface LockStrategy {

	/**
	 * Tries to take the lock, waiting at most the request's timeout. The request's connection is
	 * in auto-commit mode.
	 * @param request what to lock and how long to wait
	 * @return the held lock, or a description of the lock another session kept for the whole
	 * timeout
	 * @throws SQLException if the database fails otherwise
	 */
	LockAttempt tryLock(LockRequest request) throws SQLException;

	/**
	 * Tells whether the held lock keeps other sessions from reading the version table, so that
	 * a run cannot look at the rows before taking the lock (SQLite's exclusive transaction).
	 * @return whether readers wait for the lock
	 */
	default boolean blocksReaders() {
		return false;
	}

}
