package dev.migrate.runtime;

import java.sql.SQLException;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.HeldLock;
import dev.migrate.dialect.LockAttempt;
import dev.migrate.dialect.LockRequest;

/**
 * The lock that serialises migrate runs on one version table, taken with the dialect's
 * {@link dev.migrate.dialect.LockStrategy}. The database releases it when the session holding it
 * ends, so a killed process leaves nothing locked.
 */
public final class MigrationLock implements AutoCloseable {

	private final Dialect dialect;

	private final LockRequest request;

	private HeldLock held;

	private boolean holding;

	private MigrationLock(Dialect dialect, LockRequest request, HeldLock held) {
		this.dialect = dialect;
		this.request = request;
		this.held = held;
		this.holding = true;
	}

	/**
	 * Takes the lock, waiting at most the request's timeout.
	 * @param dialect the database's dialect
	 * @param request what to lock and how long to wait; its connection is in auto-commit mode
	 * @return the held lock
	 * @throws LockTimeoutException if another session held the lock for the whole timeout
	 * @throws DatabaseAccessException if the database fails otherwise
	 */
	public static MigrationLock acquire(Dialect dialect, LockRequest request) {
		return new MigrationLock(dialect, request, take(dialect, request));
	}

	private static HeldLock take(Dialect dialect, LockRequest request) {
		LockAttempt attempt;
		try {
			attempt = dialect.lockStrategy().tryLock(request);
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not take the migration lock for " + request.versionTable(), ex);
		}
		if (attempt instanceof LockAttempt.TimedOut timedOut) {
			throw new LockTimeoutException(timedOut.lock(), request.timeout(), timedOut.advice());
		}
		return ((LockAttempt.Acquired) attempt).lock();
	}

	/**
	 * Describes the lock for messages.
	 * @return what is locked
	 */
	public String description() {
		return this.held.description();
	}

	/**
	 * Tells whether the lock is a transaction on the migration connection (SQLite), which the
	 * run then marks with savepoints instead of committing.
	 */
	boolean isTransaction() {
		return this.held.isTransaction();
	}

	/**
	 * Releases the lock; for SQLite this commits the run's transaction. Does nothing if the lock
	 * is not held.
	 * @throws DatabaseAccessException if the database fails to release it
	 */
	public void release() {
		if (!this.holding) {
			return;
		}
		this.holding = false;
		try {
			this.held.release();
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not release the migration lock (" + this.held.description() + ")",
					ex);
		}
	}

	/**
	 * Takes the lock again after {@link #release()}, as a run on SQLite does after running a
	 * revision that must not run in a transaction.
	 */
	void reacquire() {
		if (!this.holding) {
			this.held = take(this.dialect, this.request);
			this.holding = true;
		}
	}

	/**
	 * Releases the lock, as {@link #release()} does.
	 */
	@Override
	public void close() {
		release();
	}

}
