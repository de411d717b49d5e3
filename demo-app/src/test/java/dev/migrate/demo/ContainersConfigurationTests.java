package dev.migrate.demo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Tests for {@link ContainersConfiguration}: the demo on a PostgreSQL container. Skipped where
 * Docker is not available.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ContainersConfiguration.class)
class ContainersConfigurationTests {

	@Autowired
	private Environment environment;

	private DemoClient client;

	@BeforeEach
	void connect() {
		this.client = new DemoClient(this.environment.getRequiredProperty("local.server.port", Integer.class));
	}

	@Test
	void theDemoRunsOnAPostgresqlContainer() {
		this.client.createsAndReadsBackAUserAListAndATodo();
		this.client.showsTheDatabaseUpToDateAtTheHead();
		this.client.isHealthy();
	}

}
