package dev.migrate.autoconfigure.testapp;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} runs the migrations before Hibernate validates its entities.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class MigrateDataJpaTestTests {

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbcTemplate;

	@Test
	void migrationsRunBeforeTheEntityManagerValidatesTheSchema() {
		this.entityManager.persist(new Todo(1, "Write tests", "high"));
		this.entityManager.flush();
		assertThat(this.jdbcTemplate.queryForObject("SELECT priority FROM todos WHERE id = 1", String.class))
			.isEqualTo("high");
		assertThat(this.jdbcTemplate.queryForList("SELECT version_num FROM migrate_version", String.class))
			.containsExactly("1975ea83b712");
	}

}
