package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Units as JDBC transactions: the connection leaves auto-commit mode for the run, and each unit
 * ends with a commit or a rollback. In transaction mode {@code none} the connection stays in
 * auto-commit mode and units mark nothing.
 */
final class JdbcTransactions implements Transactions {

	private final Connection connection;

	private final boolean transactional;

	JdbcTransactions(Connection connection, boolean transactional) {
		this.connection = connection;
		this.transactional = transactional;
	}

	@Override
	public void start() throws SQLException {
		if (this.transactional) {
			this.connection.setAutoCommit(false);
		}
	}

	@Override
	public void begin() {
		// the driver opens the transaction with the unit's first statement
	}

	@Override
	public void commit() throws SQLException {
		if (this.transactional) {
			this.connection.commit();
		}
	}

	@Override
	public void rollback() throws SQLException {
		if (this.transactional) {
			this.connection.rollback();
		}
	}

	@Override
	public void pause() throws SQLException {
		if (this.transactional) {
			this.connection.setAutoCommit(true);
		}
	}

	@Override
	public void resume() throws SQLException {
		if (this.transactional) {
			this.connection.setAutoCommit(false);
		}
	}

	@Override
	public void commitLoose() throws SQLException {
		if (!this.connection.getAutoCommit()) {
			this.connection.commit();
		}
	}

	@Override
	public void finish() throws SQLException {
		if (!this.connection.getAutoCommit()) {
			this.connection.setAutoCommit(true);
		}
	}

}
