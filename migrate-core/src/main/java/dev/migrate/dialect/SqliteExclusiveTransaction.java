package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQLite's migration lock: an exclusive transaction on the migration connection, waited for
 * with {@code busy_timeout}. It ends with the connection, so a killed process holds nothing.
 */
final class SqliteExclusiveTransaction implements LockStrategy {

	/** SQLite's primary result code for a database locked by another connection. */
	private static final int SQLITE_BUSY = 5;

	/** SQLite's primary result code for a table locked within a shared cache. */
	private static final int SQLITE_LOCKED = 6;

	@Override
	public LockAttempt tryLock(LockRequest request) throws SQLException {
		Connection connection = request.connection();
		String description = "SQLite exclusive transaction for " + request.versionTable();
		try (Statement statement = connection.createStatement()) {
			int previousTimeout;
			try (ResultSet result = statement.executeQuery("PRAGMA busy_timeout")) {
				result.next();
				previousTimeout = result.getInt(1);
			}
			statement.execute("PRAGMA busy_timeout = " + LockNames.millis(request.timeout()));
			try {
				statement.execute("BEGIN EXCLUSIVE");
			}
			catch (SQLException ex) {
				int code = ex.getErrorCode() & 0xff;
				if (code != SQLITE_BUSY && code != SQLITE_LOCKED) {
					throw ex;
				}
				return new LockAttempt.TimedOut(description, "another connection has a transaction open on the"
						+ " database file (another migrate run, or an application writing to it)");
			}
			finally {
				statement.execute("PRAGMA busy_timeout = " + previousTimeout);
			}
		}
		return new LockAttempt.Acquired(new Held(connection, description));
	}

	/**
	 * The lock: the exclusive transaction itself, committed on release.
	 */
	private record Held(Connection connection, String description) implements HeldLock {

		@Override
		public boolean isTransaction() {
			return true;
		}

		@Override
		public void release() throws SQLException {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("COMMIT");
			}
		}

	}

	@Override
	public boolean blocksReaders() {
		return true;
	}

}
