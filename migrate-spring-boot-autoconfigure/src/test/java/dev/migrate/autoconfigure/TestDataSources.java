package dev.migrate.autoconfigure;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh H2 in-memory databases for the auto-configuration tests, and questions about them.
 */
final class TestDataSources {

	private TestDataSources() {
	}

	/**
	 * Returns a DataSource of a new, empty in-memory database that lives until the JVM ends.
	 */
	static JdbcDataSource h2() {
		return h2("test-" + UUID.randomUUID());
	}

	static JdbcDataSource h2(String name) {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL(url(name));
		dataSource.setUser("sa");
		return dataSource;
	}

	static String url(String name) {
		return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
	}

	static List<String> versions(DataSource dataSource) {
		return versions(dataSource, "migrate_version");
	}

	static List<String> versions(DataSource dataSource, String table) {
		return new JdbcTemplate(dataSource).queryForList("SELECT version_num FROM " + table, String.class);
	}

	static boolean hasTable(DataSource dataSource, String table) {
		Integer count = new JdbcTemplate(dataSource).queryForObject(
				"SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = UPPER(?)", Integer.class,
				table);
		return count != null && count > 0;
	}

}
