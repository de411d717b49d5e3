package dev.migrate.testing;

import java.util.regex.Pattern;

/**
 * The few JDBC URL edits the harness makes: pointing a server's URL at a schema or database of
 * its own, and hiding passwords before a URL is printed.
 */
final class JdbcUrls {

	private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

	private JdbcUrls() {
	}

	/**
	 * Returns the URL with its password parameter, if any, masked.
	 * @param url a JDBC URL
	 * @return the URL safe to print
	 */
	static String mask(String url) {
		return PASSWORD.matcher(url).replaceAll("$1****");
	}

	/**
	 * Returns the URL with one more query parameter, such as PostgreSQL's {@code currentSchema}.
	 * @param url a JDBC URL of the {@code jdbc:scheme://host/path?query} form
	 * @param name the parameter's name
	 * @param value the parameter's value, which must not need escaping
	 * @return the URL with the parameter added
	 */
	static String withParameter(String url, String name, String value) {
		return url + ((url.indexOf('?') >= 0) ? "&" : "?") + name + "=" + value;
	}

	/**
	 * Returns the URL with its database (the path after the host list) replaced, keeping the
	 * hosts and the query.
	 * @param url a JDBC URL of the {@code jdbc:scheme://hosts[/database][?query]} form
	 * @param database the database to connect to instead
	 * @return the URL that connects to {@code database}
	 * @throws IllegalArgumentException if the URL has no {@code //hosts} part
	 */
	static String withDatabase(String url, String database) {
		int hostsStart = url.indexOf("//");
		if (hostsStart < 0) {
			throw new IllegalArgumentException(
					"Expected a JDBC URL of the form jdbc:scheme://host:port/database but got '" + mask(url) + "'");
		}
		int queryStart = url.indexOf('?', hostsStart);
		int end = (queryStart >= 0) ? queryStart : url.length();
		int pathStart = url.indexOf('/', hostsStart + 2);
		int hostsEnd = (pathStart >= 0 && pathStart < end) ? pathStart : end;
		return url.substring(0, hostsEnd) + "/" + database + url.substring(end);
	}

}
