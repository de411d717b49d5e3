package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes each test database a named in-memory H2 database, kept until it is shut down.
 */
final class H2Provisioner implements DatabaseProvisioner {

	private static final String USER = "sa";

	private static final String PASSWORD = "";

	/** H2's error code for a database that {@code IFEXISTS=TRUE} did not find. */
	private static final int DATABASE_NOT_FOUND = 90146;

	@Override
	public TestDatabase create() throws SQLException {
		String name = DatabaseProvisioner.newName();
		String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
		// the first connection creates the database; DB_CLOSE_DELAY=-1 keeps it until SHUTDOWN
		DriverManager.getConnection(url, USER, PASSWORD).close();
		return new TestDatabase(TestDatabaseKind.H2, name, url, USER, PASSWORD, this);
	}

	@Override
	public void drop(TestDatabase database) throws SQLException {
		if (!exists(database)) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(database.url(), USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
	}

	@Override
	public boolean exists(TestDatabase database) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + database.name() + ";IFEXISTS=TRUE",
				USER, PASSWORD)) {
			return true;
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() == DATABASE_NOT_FOUND) {
				return false;
			}
			throw ex;
		}
	}

}
