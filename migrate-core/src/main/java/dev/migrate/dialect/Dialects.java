package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds the dialect of a database from its name ({@code --dialect}), a JDBC URL or a
 * connection.
 */
public final class Dialects {

	/** The names {@link #forName(String)} knows, in the order messages list them. */
	private static final List<String> NAMES = List.of("postgresql", "mariadb", "mysql", "h2", "sqlite");

	private Dialects() {
	}

	/**
	 * Returns the names of the supported dialects.
	 * @return {@code postgresql}, {@code mariadb}, {@code mysql}, {@code h2} and {@code sqlite}
	 */
	public static List<String> names() {
		return NAMES;
	}

	/**
	 * Returns the dialect of a name, ignoring case.
	 * @param name {@code postgresql}, {@code mariadb}, {@code mysql}, {@code h2} or
	 * {@code sqlite}
	 * @return the dialect
	 * @throws UnknownDialectException for any other name, listing the valid ones
	 */
	public static Dialect forName(String name) {
		Objects.requireNonNull(name, "name");
		return switch (name.strip().toLowerCase(Locale.ROOT)) {
			case "postgresql" -> new PostgresDialect();
			case "mariadb" -> new MariaDbDialect();
			case "mysql" -> MariaDbDialect.mysql();
			case "h2" -> new H2Dialect();
			case "sqlite" -> new SqliteDialect();
			default -> throw new UnknownDialectException("Unknown dialect '" + name + "'; use one of "
					+ String.join(", ", NAMES));
		};
	}

	/**
	 * Returns the dialect of a JDBC URL from its scheme: {@code jdbc:postgresql:},
	 * {@code jdbc:mariadb:}, {@code jdbc:mysql:}, {@code jdbc:h2:} or {@code jdbc:sqlite:}.
	 * @param url the JDBC URL
	 * @return the dialect
	 * @throws UnknownDialectException for a URL of another database, naming its scheme (the URL's
	 * password is not repeated)
	 */
	public static Dialect forJdbcUrl(String url) {
		Objects.requireNonNull(url, "url");
		String lower = url.strip().toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:")) {
			int end = lower.indexOf(':', "jdbc:".length());
			String scheme = (end > 0) ? lower.substring("jdbc:".length(), end) : "";
			if (NAMES.contains(scheme)) {
				return forName(scheme);
			}
			throw new UnknownDialectException("No dialect for JDBC URLs starting 'jdbc:" + scheme
					+ ":'; migrate supports jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:h2: and jdbc:sqlite:,"
					+ " or name the dialect with --dialect");
		}
		throw new UnknownDialectException(
				"'" + schemeOf(url) + "' is not a JDBC URL (jdbc:<database>:...); name the dialect with --dialect");
	}

	/**
	 * Returns the dialect of the database a connection is connected to, from the product name
	 * its metadata reports, or else from its URL.
	 * @param connection the connection
	 * @return the dialect
	 * @throws SQLException if the metadata cannot be read
	 * @throws UnknownDialectException for a database migrate does not support
	 */
	public static Dialect forConnection(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String product = metaData.getDatabaseProductName();
		String normalized = (product != null) ? product.strip().toLowerCase(Locale.ROOT) : "";
		return switch (normalized) {
			case "postgresql" -> new PostgresDialect();
			case "mariadb" -> new MariaDbDialect();
			case "mysql" -> MariaDbDialect.mysql();
			case "h2" -> new H2Dialect();
			case "sqlite" -> new SqliteDialect();
			default -> {
				String url = metaData.getURL();
				if (url == null) {
					throw new UnknownDialectException("migrate does not support " + product
							+ "; it supports PostgreSQL, MariaDB, MySQL, H2 and SQLite");
				}
				yield forJdbcUrl(url);
			}
		};
	}

	/**
	 * Returns what comes before a URL's first colon, so that a message does not repeat the rest
	 * (which may hold a password).
	 */
	private static String schemeOf(String url) {
		int colon = url.indexOf(':');
		return (colon >= 0) ? url.substring(0, colon + 1) + "..." : "...";
	}

}
