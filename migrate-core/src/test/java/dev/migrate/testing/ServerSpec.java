package dev.migrate.testing;

import java.util.Map;

/**
 * What the harness knows about a kind of database server: where a conventional local one listens,
 * the environment variables that point elsewhere, and the container image to start instead.
 *
 * @param kind the kind of database
 * @param environmentPrefix the prefix of the {@code _URL}, {@code _USER} and {@code _PASSWORD}
 * environment variables
 * @param localUrl the URL of the conventional local server
 * @param localUser the user of the conventional local server
 * @param localPassword the password of the conventional local server
 * @param connectTimeout driver properties that bound the time spent on a server that does not answer
 * @param image the container image Testcontainers starts where Docker runs
 * @param driver the Maven coordinates of the JDBC driver, named when it is missing
 */
record ServerSpec(TestDatabaseKind kind, String environmentPrefix, String localUrl, String localUser,
		String localPassword, Map<String, String> connectTimeout, String image, String driver) {

	static final ServerSpec POSTGRESQL = new ServerSpec(TestDatabaseKind.POSTGRESQL, "MIGRATE_TEST_POSTGRES",
			"jdbc:postgresql://127.0.0.1:5432/test", "postgres", "",
			Map.of("connectTimeout", "3", "loginTimeout", "5"), "postgres:17-alpine", "org.postgresql:postgresql");

	static final ServerSpec MARIADB = new ServerSpec(TestDatabaseKind.MARIADB, "MIGRATE_TEST_MARIADB",
			"jdbc:mariadb://127.0.0.1:3306/test", "root", "", Map.of("connectTimeout", "3000"), "mariadb:11",
			"org.mariadb.jdbc:mariadb-java-client");

	/**
	 * Returns the spec of a server kind.
	 * @param kind {@link TestDatabaseKind#POSTGRESQL} or {@link TestDatabaseKind#MARIADB}
	 * @return its spec
	 * @throws IllegalArgumentException for an embedded kind
	 */
	static ServerSpec of(TestDatabaseKind kind) {
		return switch (kind) {
			case POSTGRESQL -> POSTGRESQL;
			case MARIADB -> MARIADB;
			default -> throw new IllegalArgumentException(kind.displayName() + " needs no server");
		};
	}

	String urlVariable() {
		return this.environmentPrefix + "_URL";
	}

	String userVariable() {
		return this.environmentPrefix + "_USER";
	}

	String passwordVariable() {
		return this.environmentPrefix + "_PASSWORD";
	}

	/**
	 * Returns the conventional local server.
	 * @return the server at {@link #localUrl()}
	 */
	DatabaseServer localServer() {
		return new DatabaseServer(this, this.localUrl, this.localUser, this.localPassword, "the local server");
	}

	/**
	 * Says how a developer can provide such a server, for skip and failure messages.
	 * @return a sentence
	 */
	String howToProvide() {
		return "Start " + this.kind.displayName() + " at " + this.localUrl + " (user " + this.localUser
				+ ", empty password), or set " + urlVariable() + ", " + userVariable() + " and " + passwordVariable()
				+ ", or run Docker so that Testcontainers can start " + this.image + ".";
	}

}
