package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Units as savepoints inside the transaction that is the run's lock (SQLite's exclusive
 * transaction): a unit that fails rolls back to its savepoint, and everything commits when the
 * lock is released. A revision that must run outside any transaction releases the lock (which
 * commits) and takes it again afterwards.
 */
final class SavepointTransactions implements Transactions {

	private static final String SAVEPOINT = "migrate_unit";

	private final Connection connection;

	private final MigrationLock lock;

	SavepointTransactions(Connection connection, MigrationLock lock) {
		this.connection = connection;
		this.lock = lock;
	}

	@Override
	public void start() {
		// the lock's transaction is open already
	}

	@Override
	public void begin() throws SQLException {
		execute("SAVEPOINT " + SAVEPOINT);
	}

	@Override
	public void commit() throws SQLException {
		execute("RELEASE SAVEPOINT " + SAVEPOINT);
	}

	@Override
	public void rollback() throws SQLException {
		execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
		execute("RELEASE SAVEPOINT " + SAVEPOINT);
	}

	@Override
	public void pause() {
		this.lock.release();
	}

	@Override
	public void resume() {
		this.lock.reacquire();
	}

	@Override
	public void commitLoose() {
		// committed with the lock's transaction
	}

	@Override
	public void finish() {
		// the lock's release commits
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
