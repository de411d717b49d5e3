package dev.migrate.testing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Tests for {@link StandardServerLocator}.
 */
class StandardServerLocatorTests {

	@Test
	void aConfiguredServerThatCannotBeReachedIsNotReplacedByAnother() {
		ServerLookup lookup = locate(ServerSpec.POSTGRESQL,
				Map.of("MIGRATE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:1/test"));
		assertThat(attempts(lookup)).singleElement()
			.asString()
			.startsWith("jdbc:postgresql://127.0.0.1:1/test as postgres (MIGRATE_TEST_POSTGRES_URL): ");
	}

	@Test
	void aConfiguredServerIsUsedWithTheConfiguredCredentials() {
		ServerLookup lookup = locate(ServerSpec.MARIADB, Map.of("MIGRATE_TEST_MARIADB_URL",
				"jdbc:mariadb://127.0.0.1:1/test", "MIGRATE_TEST_MARIADB_USER", "migrate"));
		assertThat(attempts(lookup)).singleElement()
			.asString()
			.startsWith("jdbc:mariadb://127.0.0.1:1/test as migrate (MIGRATE_TEST_MARIADB_URL): ");
	}

	@Test
	void aMissingDriverIsNamed() {
		ServerLookup lookup = locate(ServerSpec.POSTGRESQL,
				Map.of("MIGRATE_TEST_POSTGRES_URL", "jdbc:nosuchdatabase://127.0.0.1/test"));
		assertThat(attempts(lookup)).singleElement()
			.asString()
			.endsWith("its JDBC driver is not on the test classpath "
					+ "(add org.postgresql:postgresql as a test dependency)");
	}

	@Test
	void withoutAConfiguredOrLocalServerOrDockerEveryAttemptIsReported() {
		assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is available here");
		ServerSpec nowhere = new ServerSpec(TestDatabaseKind.POSTGRESQL, "MIGRATE_TEST_NOWHERE",
				"jdbc:postgresql://127.0.0.1:1/test", "postgres", "", ServerSpec.POSTGRESQL.connectTimeout(),
				ServerSpec.POSTGRESQL.image(), ServerSpec.POSTGRESQL.driver());
		List<String> attempts = attempts(locate(nowhere, Map.of()));
		assertThat(attempts).hasSize(3);
		assertThat(attempts.get(0)).isEqualTo("MIGRATE_TEST_NOWHERE_URL is not set");
		assertThat(attempts.get(1)).startsWith("jdbc:postgresql://127.0.0.1:1/test as postgres (the local server): ");
		assertThat(attempts.get(2)).isEqualTo("Testcontainers found no Docker engine");
	}

	private static List<String> attempts(ServerLookup lookup) {
		assertThat(lookup).isInstanceOf(ServerLookup.NotFound.class);
		return ((ServerLookup.NotFound) lookup).attempts();
	}

	private static ServerLookup locate(ServerSpec spec, Map<String, String> environment) {
		try (StandardServerLocator locator = new StandardServerLocator(new HarnessSettings(environment::get))) {
			return locator.locate(spec);
		}
	}

}
