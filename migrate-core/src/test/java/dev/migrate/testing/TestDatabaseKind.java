package dev.migrate.testing;

/**
 * The databases every database-touching behaviour is tested on.
 */
public enum TestDatabaseKind {

	/** H2, in memory. */
	H2("H2", true),

	/** SQLite, in a temporary file. */
	SQLITE("SQLite", true),

	/** PostgreSQL, on a server; each test gets a schema of its own. */
	POSTGRESQL("PostgreSQL", false),

	/** MariaDB, on a server; each test gets a database of its own. */
	MARIADB("MariaDB", false);

	private final String displayName;

	private final boolean embedded;

	TestDatabaseKind(String displayName, boolean embedded) {
		this.displayName = displayName;
		this.embedded = embedded;
	}

	/**
	 * Returns the database's usual name, as test reports show it.
	 * @return the name, for example {@code PostgreSQL}
	 */
	public String displayName() {
		return this.displayName;
	}

	/**
	 * Returns whether the database runs inside the test's JVM and is therefore always available.
	 * @return {@code true} for H2 and SQLite
	 */
	public boolean isEmbedded() {
		return this.embedded;
	}

}
