package dev.migrate.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes each test database a database of its own on a MariaDB server, and a URL that connects
 * to it.
 */
final class MariaDbProvisioner implements DatabaseProvisioner {

	private final DatabaseServer server;

	MariaDbProvisioner(DatabaseServer server) {
		this.server = server;
	}

	@Override
	public TestDatabase create() throws SQLException {
		String name = DatabaseProvisioner.newName();
		try (Connection connection = this.server.connect(); Statement statement = connection.createStatement()) {
			// the same character set on every server, whatever its own default
			statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
		}
		String url = JdbcUrls.withDatabase(this.server.url(), name);
		return new TestDatabase(TestDatabaseKind.MARIADB, name, url, this.server.user(), this.server.password(),
				this);
	}

	@Override
	public void drop(TestDatabase database) throws SQLException {
		try (Connection connection = this.server.connect(); Statement statement = connection.createStatement()) {
			// a session the test leaked elsewhere must not make the build hang
			statement.execute("SET SESSION lock_wait_timeout = 10");
			statement.execute("DROP DATABASE IF EXISTS " + database.name());
		}
	}

	@Override
	public boolean exists(TestDatabase database) throws SQLException {
		try (Connection connection = this.server.connect();
				PreparedStatement statement = connection
					.prepareStatement("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?")) {
			statement.setString(1, database.name());
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1) > 0;
			}
		}
	}

}
