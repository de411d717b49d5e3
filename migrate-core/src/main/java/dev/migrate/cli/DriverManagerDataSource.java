package dev.migrate.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.migrate.command.JdbcUrlMasker;
import org.jspecify.annotations.Nullable;

/**
 * The command line's data source: a new {@link DriverManager} connection each time, to the URL
 * of {@code --url} as {@code --user} with {@code --password}. A driver's error that repeats the
 * URL has its password masked.
 */
final class DriverManagerDataSource implements DataSource {

	private final String url;

	private final @Nullable String user;

	private final @Nullable String password;

	DriverManagerDataSource(String url, @Nullable String user, @Nullable String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(this.user, this.password);
	}

	@Override
	public Connection getConnection(@Nullable String username, @Nullable String password) throws SQLException {
		return connect(username, password);
	}

	private Connection connect(@Nullable String user, @Nullable String password) throws SQLException {
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		try {
			return DriverManager.getConnection(this.url, properties);
		}
		catch (SQLException ex) {
			throw masked(ex);
		}
	}

	/**
	 * Returns the exception with the URL in its message masked; the original is dropped, as its
	 * message would repeat the password.
	 */
	private SQLException masked(SQLException ex) {
		String message = ex.getMessage();
		String masked = JdbcUrlMasker.mask(this.url);
		if (message == null || masked.equals(this.url) || !message.contains(this.url)) {
			return ex;
		}
		SQLException replacement = new SQLException(message.replace(this.url, masked), ex.getSQLState(),
				ex.getErrorCode());
		replacement.setStackTrace(ex.getStackTrace());
		return replacement;
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
		throw new SQLFeatureNotSupportedException("DriverManagerDataSource logs nothing");
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		if (iface.isInstance(this)) {
			return iface.cast(this);
		}
		throw new SQLException("DriverManagerDataSource does not wrap a " + iface.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) {
		return iface.isInstance(this);
	}

	@Override
	public String toString() {
		return JdbcUrlMasker.mask(this.url);
	}

}
