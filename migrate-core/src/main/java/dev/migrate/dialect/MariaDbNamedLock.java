package dev.migrate.dialect;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MariaDB's and MySQL's named lock ({@code GET_LOCK}), named after the database and the version
 * table. A session that ends for any reason releases it.
 */
final class MariaDbNamedLock implements LockStrategy {

	/** The longest lock name MySQL accepts. */
	private static final int MAX_NAME_LENGTH = 64;

	private static final String PREFIX = "migrate:";

	private final String product;

	/**
	 * Creates the strategy.
	 * @param product the database's name for messages: {@code MariaDB} or {@code MySQL}
	 */
	MariaDbNamedLock(String product) {
		this.product = product;
	}

	@Override
	public LockAttempt tryLock(LockRequest request) throws SQLException {
		Connection connection = request.connection();
		String database = request.versionTable().schema().isPresent() ? request.versionTable().schema().get()
				: currentDatabase(connection);
		String target = database + "." + request.versionTable().name();
		String name = PREFIX + target;
		if (name.length() > MAX_NAME_LENGTH) {
			name = PREFIX + LockNames.hex(target).substring(0, MAX_NAME_LENGTH - PREFIX.length());
		}
		String description = this.product + " lock '" + name + "' on " + target;
		try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
			statement.setString(1, name);
			// seconds, with a fraction for MariaDB; MySQL waits whole seconds
			statement.setBigDecimal(2, BigDecimal.valueOf(request.timeout().toMillis(), 3));
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				int outcome = result.getInt(1);
				if (result.wasNull()) {
					throw new SQLException("GET_LOCK('" + name + "') failed on " + this.product);
				}
				if (outcome != 1) {
					return new LockAttempt.TimedOut(description, "find the session holding it with: SELECT IS_USED_LOCK('"
							+ name + "') (its connection id; SHOW PROCESSLIST shows what it runs)");
				}
			}
		}
		return new LockAttempt.Acquired(new Held(connection, name, description));
	}

	private static String currentDatabase(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT DATABASE()")) {
			result.next();
			String database = result.getString(1);
			return (database != null) ? database : "";
		}
	}

	/**
	 * The lock, held by the migration connection's session.
	 */
	private record Held(Connection connection, String name, String description) implements HeldLock {

		@Override
		public boolean isTransaction() {
			return false;
		}

		@Override
		public void release() throws SQLException {
			try (PreparedStatement statement = this.connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
				statement.setString(1, this.name);
				statement.executeQuery().close();
			}
		}

	}

}
