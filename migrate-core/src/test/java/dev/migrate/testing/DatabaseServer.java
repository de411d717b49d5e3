package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A database server the harness makes test schemas or databases on, and how it was found.
 *
 * @param spec what kind of server it is
 * @param url the JDBC URL of its administrative database
 * @param user a user allowed to create and drop schemas or databases
 * @param password the user's password
 * @param origin where the server came from, for messages (for example "the local server")
 */
record DatabaseServer(ServerSpec spec, String url, String user, String password, String origin) {

	/**
	 * Opens an administrative connection, giving up soon on a server that does not answer.
	 * @return a new connection, which the caller closes
	 * @throws SQLException if the server cannot be reached
	 */
	Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.putAll(this.spec.connectTimeout());
		properties.setProperty("user", this.user);
		properties.setProperty("password", this.password);
		return DriverManager.getConnection(this.url, properties);
	}

	/**
	 * Describes the server for messages, its password masked.
	 * @return for example {@code jdbc:postgresql://127.0.0.1:5432/test as postgres (the local server)}
	 */
	String describe() {
		return JdbcUrls.mask(this.url) + " as " + this.user + " (" + this.origin + ")";
	}

}
