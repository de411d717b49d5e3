package dev.migrate.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * A {@link DataSource} of plain {@link DriverManager} connections that remembers the ones still
 * open, so that a test database can close them before it is dropped (an open transaction would
 * otherwise make the drop wait for a lock).
 */
final class DriverDataSource implements DataSource {

	private final String url;

	private final String user;

	private final String password;

	private final Set<Connection> handedOut = ConcurrentHashMap.newKeySet();

	DriverDataSource(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return getConnection(this.user, this.password);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		forgetClosedConnections();
		Connection connection = DriverManager.getConnection(this.url, username, password);
		this.handedOut.add(connection);
		return connection;
	}

	void closeOpenConnections() {
		for (Connection connection : this.handedOut) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// the connection is unusable either way; dropping the database reports real trouble
			}
		}
		this.handedOut.clear();
	}

	private void forgetClosedConnections() {
		this.handedOut.removeIf(DriverDataSource::isClosed);
	}

	private static boolean isClosed(Connection connection) {
		try {
			return connection.isClosed();
		}
		catch (SQLException ex) {
			return true;
		}
	}

	@Override
	public @Nullable PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(@Nullable PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
		// DriverManager's own, JVM-wide login timeout applies
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException("DriverDataSource logs nothing");
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		if (iface.isInstance(this)) {
			return iface.cast(this);
		}
		throw new SQLException("DriverDataSource does not wrap a " + iface.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) {
		return iface.isInstance(this);
	}

	@Override
	public String toString() {
		return "DriverDataSource " + JdbcUrls.mask(this.url);
	}

}
