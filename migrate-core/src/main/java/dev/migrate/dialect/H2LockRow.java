package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2's migration lock: the one row of a lock table beside the version table, held
 * {@code FOR UPDATE} by a transaction on a connection of its own. H2 has no session-level
 * locks, and a transaction on the migration connection would end at its first commit; a
 * transaction that dies with its connection releases the row.
 */
final class H2LockRow implements LockStrategy {

	/** The suffix that names the lock table after the version table. */
	static final String TABLE_SUFFIX = "_lock";

	/** H2's error code for a lock wait that timed out. */
	private static final int LOCK_TIMEOUT = 50200;

	/** The SQL state of a duplicate key, as when two runners create the lock row at once. */
	private static final String UNIQUE_VIOLATION = "23505";

	private final Dialect dialect;

	H2LockRow(Dialect dialect) {
		this.dialect = dialect;
	}

	@Override
	public LockAttempt tryLock(LockRequest request) throws SQLException {
		TableName lockTable = lockTable(request.versionTable());
		String table = this.dialect.tableName(lockTable);
		String description = "H2 lock row in " + lockTable;
		Connection connection = request.dataSource().getConnection();
		try {
			connection.setAutoCommit(true);
			int previousTimeout;
			try (Statement statement = connection.createStatement()) {
				try (ResultSet result = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
					result.next();
					previousTimeout = result.getInt(1);
				}
				statement.execute("SET LOCK_TIMEOUT " + Math.max(1, LockNames.millis(request.timeout())));
				statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id INT NOT NULL PRIMARY KEY)");
				insertRow(statement, table);
				connection.setAutoCommit(false);
				try {
					statement.executeQuery("SELECT id FROM " + table + " WHERE id = 1 FOR UPDATE").close();
				}
				catch (SQLException ex) {
					if (ex.getErrorCode() != LOCK_TIMEOUT) {
						throw ex;
					}
					connection.rollback();
					connection.close();
					return new LockAttempt.TimedOut(description, "another connection holds the row FOR UPDATE;"
							+ " find it with: SELECT * FROM INFORMATION_SCHEMA.SESSIONS WHERE CONTAINS_UNCOMMITTED");
				}
			}
			return new LockAttempt.Acquired(new Held(connection, previousTimeout, description));
		}
		catch (SQLException | RuntimeException ex) {
			closeQuietly(connection, ex);
			throw ex;
		}
	}

	/**
	 * Returns the lock table of a version table: its name with {@code _lock} appended, in the
	 * same schema.
	 */
	static TableName lockTable(TableName versionTable) {
		return versionTable.sibling(versionTable.name() + TABLE_SUFFIX);
	}

	private static void insertRow(Statement statement, String table) throws SQLException {
		try {
			statement.execute("INSERT INTO " + table + " (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM " + table
					+ " WHERE id = 1)");
		}
		catch (SQLException ex) {
			// another runner inserted it first
			if (!UNIQUE_VIOLATION.equals(ex.getSQLState())) {
				throw ex;
			}
		}
	}

	private static void closeQuietly(Connection connection, Exception failure) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
		}
	}

	/**
	 * The lock, held by a transaction on a connection of its own.
	 */
	private record Held(Connection connection, int previousTimeout, String description) implements HeldLock {

		@Override
		public boolean isTransaction() {
			return false;
		}

		@Override
		public void release() throws SQLException {
			try (Connection closing = this.connection) {
				closing.rollback();
				closing.setAutoCommit(true);
				try (Statement statement = closing.createStatement()) {
					statement.execute("SET LOCK_TIMEOUT " + this.previousTimeout);
				}
			}
		}

	}

}
