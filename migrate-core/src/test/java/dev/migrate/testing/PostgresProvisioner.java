package dev.migrate.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes each test database a schema of its own on a PostgreSQL server, and a URL whose
 * {@code currentSchema} is that schema and whose sessions commit without waiting for the disk.
 */
final class PostgresProvisioner implements DatabaseProvisioner {

	private final DatabaseServer server;

	PostgresProvisioner(DatabaseServer server) {
		this.server = server;
	}

	@Override
	public TestDatabase create() throws SQLException {
		String name = DatabaseProvisioner.newName();
		try (Connection connection = this.server.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + name);
		}
		// no test outlives a crash of the server, and not waiting for the disk at each commit makes
		// the thousands of small transactions of the replay tests several times faster
		String url = JdbcUrls.withParameter(JdbcUrls.withParameter(this.server.url(), "currentSchema", name), "options",
				"-c%20synchronous_commit%3Doff");
		return new TestDatabase(TestDatabaseKind.POSTGRESQL, name, url, this.server.user(), this.server.password(),
				this);
	}

	@Override
	public void drop(TestDatabase database) throws SQLException {
		try (Connection connection = this.server.connect(); Statement statement = connection.createStatement()) {
			// a session the test leaked elsewhere must not make the build hang
			statement.execute("SET lock_timeout = '10s'");
			statement.execute("DROP SCHEMA IF EXISTS " + database.name() + " CASCADE");
		}
	}

	@Override
	public boolean exists(TestDatabase database) throws SQLException {
		try (Connection connection = this.server.connect();
				PreparedStatement statement = connection
					.prepareStatement("SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
			statement.setString(1, database.name());
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1) > 0;
			}
		}
	}

}
