package dev.migrate.dialect;

import java.sql.Connection;
import java.time.Duration;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * What a {@link LockStrategy} is asked to lock.
 *
 * @param connection the connection the migration runs on, in auto-commit mode; locks held by
 * the session (PostgreSQL, MariaDB, MySQL) or by its transaction (SQLite) are taken on it
 * @param dataSource where the connection came from, for a strategy that needs a session of its
 * own to hold the lock (H2)
 * @param versionTable the version table whose runs the lock serialises
 * @param timeout how long to wait for another holder to release the lock; zero does not wait
 */
public record LockRequest(Connection connection, DataSource dataSource, TableName versionTable, Duration timeout) {

	/**
	 * Creates a request, checking that the timeout is not negative.
	 */
	public LockRequest {
		Objects.requireNonNull(connection, "connection");
		Objects.requireNonNull(dataSource, "dataSource");
		Objects.requireNonNull(versionTable, "versionTable");
		Objects.requireNonNull(timeout, "timeout");
		if (timeout.isNegative()) {
			throw new IllegalArgumentException("The lock timeout must not be negative: " + timeout);
		}
	}

}
