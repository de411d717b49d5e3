package dev.migrate.demo;

import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tests for {@link DemoApplication} on the PostgreSQL and MariaDB servers, each run in a fresh
 * schema or database: the revisions, the branch and its merge included, run there and the
 * entities validate against the result. Like every server test, skipped without the servers and
 * failed without them under CI.
 */
class DemoApplicationDatabaseTests {

	@DatabaseTest({ TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void theDemoUpgradesAFreshDatabaseAndServesTodosAndItsMigrations(TestDatabase database) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DemoApplication.class)
			// arguments, not default properties, so that they win over application.properties
			.run("--server.port=0", "--spring.datasource.url=" + database.url(),
					"--spring.datasource.username=" + database.user(),
					"--spring.datasource.password=" + database.password())) {
			DemoClient client = new DemoClient(
					context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
			client.createsAndReadsBackAUserAListAndATodo();
			client.showsTheDatabaseUpToDateAtTheHead();
			client.isHealthy();
		}
	}

}
