package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's session-level advisory lock, keyed by the database, schema and name of the
 * version table. A session that ends for any reason releases it.
 *
 * <p>The wait is bounded with {@code lock_timeout}, set for the one statement that waits and
 * then restored, so that the migration's own statements keep the session's setting.
 */
final class PostgresAdvisoryLock implements LockStrategy {

	/** {@code lock_not_available}: the wait hit {@code lock_timeout}. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	/** {@code query_canceled}: the wait hit {@code statement_timeout}. */
	private static final String QUERY_CANCELED = "57014";

	@Override
	public LockAttempt tryLock(LockRequest request) throws SQLException {
		Connection connection = request.connection();
		String database;
		String schema;
		String previousTimeout;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT current_database(), current_schema(), current_setting('lock_timeout')")) {
			result.next();
			database = result.getString(1);
			String currentSchema = result.getString(2);
			schema = request.versionTable().schema().orElse((currentSchema != null) ? currentSchema : "");
			previousTimeout = result.getString(3);
		}
		String target = database + "." + schema + "." + request.versionTable().name();
		long key = LockNames.key("migrate:" + target);
		String description = "PostgreSQL advisory lock " + key + " on " + target;
		boolean acquired = request.timeout().isZero() ? tryOnce(connection, key)
				: waitFor(connection, key, LockNames.millis(request.timeout()), previousTimeout);
		if (!acquired) {
			return new LockAttempt.TimedOut(description, advice(key));
		}
		return new LockAttempt.Acquired(new Held(connection, key, description));
	}

	private static boolean tryOnce(Connection connection, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	private static boolean waitFor(Connection connection, long key, int timeoutMillis, String previousTimeout)
			throws SQLException {
		setLockTimeout(connection, timeoutMillis + "ms");
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
			statement.setLong(1, key);
			statement.executeQuery().close();
			return true;
		}
		catch (SQLException ex) {
			if (LOCK_NOT_AVAILABLE.equals(ex.getSQLState()) || QUERY_CANCELED.equals(ex.getSQLState())) {
				return false;
			}
			throw ex;
		}
		finally {
			setLockTimeout(connection, previousTimeout);
		}
	}

	private static void setLockTimeout(Connection connection, String value) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('lock_timeout', ?, false)")) {
			statement.setString(1, value);
			statement.executeQuery().close();
		}
	}

	private static String advice(long key) {
		// pg_locks shows a bigint key as its high and low 32 bits
		return "find the session holding it with: SELECT pid, usename, application_name, backend_start, state"
				+ " FROM pg_locks JOIN pg_stat_activity USING (pid) WHERE locktype = 'advisory' AND granted"
				+ " AND classid = " + (key >>> 32) + " AND objid = " + (key & 0xffffffffL) + " AND objsubid = 1";
	}

	/**
	 * The lock, held by the migration connection's session.
	 */
	private record Held(Connection connection, long key, String description) implements HeldLock {

		@Override
		public boolean isTransaction() {
			return false;
		}

		@Override
		public void release() throws SQLException {
			try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
				statement.setLong(1, this.key);
				statement.executeQuery().close();
			}
		}

	}

}
