package dev.migrate.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

/**
 * A fresh, empty database of one kind for one test: a schema (PostgreSQL), a database (MariaDB,
 * in-memory H2) or a file (SQLite) that no other test sees, dropped on {@link #close()}.
 * <p>
 * {@link DatabaseTest @DatabaseTest} hands these to test methods and closes them after the test.
 */
public final class TestDatabase implements AutoCloseable {

	private final TestDatabaseKind kind;

	private final String name;

	private final String url;

	private final String user;

	private final String password;

	private final DriverDataSource dataSource;

	private final DatabaseProvisioner provisioner;

	private final AtomicBoolean closed = new AtomicBoolean();

	TestDatabase(TestDatabaseKind kind, String name, String url, String user, String password,
			DatabaseProvisioner provisioner) {
		this.kind = kind;
		this.name = name;
		this.url = url;
		this.user = user;
		this.password = password;
		this.dataSource = new DriverDataSource(url, user, password);
		this.provisioner = provisioner;
	}

	/**
	 * Returns the kind of database.
	 * @return the kind
	 */
	public TestDatabaseKind kind() {
		return this.kind;
	}

	/**
	 * Returns the name of the schema, database or file (without its extension) made for this test,
	 * a lowercase identifier such as {@code mt_3f9c0a12be}.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns a JDBC URL whose connections work in this database: its default schema or database
	 * is the one made for the test, so unqualified table names land there.
	 * @return the JDBC URL
	 */
	public String url() {
		return this.url;
	}

	/**
	 * Returns the user to connect as.
	 * @return the user name
	 */
	public String user() {
		return this.user;
	}

	/**
	 * Returns the password to connect with.
	 * @return the password, possibly empty
	 */
	public String password() {
		return this.password;
	}

	/**
	 * Returns a data source of unpooled connections to this database. Connections it hands out
	 * and the test leaves open are closed by {@link #close()}.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Opens a connection to this database, as {@code dataSource().getConnection()} does.
	 * @return a new connection, which the caller closes
	 * @throws SQLException if the database cannot be reached
	 */
	public Connection getConnection() throws SQLException {
		return this.dataSource.getConnection();
	}

	/**
	 * Returns whether the schema, database or file made for this test still exists.
	 * @return {@code true} until {@link #close()} has dropped it
	 */
	public boolean exists() {
		try {
			return this.provisioner.exists(this);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not tell whether " + this + " exists: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Closes the connections the test left open, then drops the schema, database or file. Closing
	 * twice does nothing.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.dataSource.closeOpenConnections();
		try {
			this.provisioner.drop(this);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not drop " + this + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public String toString() {
		return this.kind.displayName() + " test database " + this.name + " (" + JdbcUrls.mask(this.url) + ")";
	}

}
