package dev.migrate.autoconfigure.testapp;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @JdbcTest} runs the migrations.
 */
@JdbcTest
class MigrateJdbcTestTests {

	@Autowired
	private JdbcTemplate jdbcTemplate;

	@Test
	void migrationsRunBeforeTheTestUsesTheDatabase() {
		assertThat(this.jdbcTemplate.queryForList("SELECT version_num FROM migrate_version", String.class))
			.containsExactly("1975ea83b712");
		assertThat(this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM todos", Integer.class)).isZero();
	}

}
