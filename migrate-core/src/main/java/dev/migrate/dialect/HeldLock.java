package dev.migrate.dialect;

import java.sql.SQLException;

/**
 * A migration lock that is held, until {@link #release()}.
 */
public interface HeldLock {

	/**
	 * Describes the lock for messages.
	 * @return for example {@code MariaDB lock 'migrate:shop.migrate_version'}
	 */
	String description();

	/**
	 * Tells whether the lock is a transaction open on the migration connection (SQLite's
	 * exclusive transaction). The run then cannot commit until the end: it marks each unit of
	 * work with a savepoint instead, and {@link #release()} commits.
	 * @return whether the lock is the connection's transaction
	 */
	boolean isTransaction();

	/**
	 * Releases the lock. For a lock that {@linkplain #isTransaction() is a transaction} this
	 * commits it.
	 * @throws SQLException if the database fails to release it (closing the session releases it
	 * in any case)
	 */
	void release() throws SQLException;

}
