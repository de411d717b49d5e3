package dev.migrate.testing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Tests for {@link ContainerServers}.
 */
class ContainerServersTests {

	@Test
	void withoutDockerNoContainerIsStartedAndTheReasonIsGiven() {
		assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is available here");
		List<String> attempts = new ArrayList<>();
		assertThat(ContainerServers.start(ServerSpec.POSTGRESQL, attempts)).isEmpty();
		assertThat(ContainerServers.start(ServerSpec.MARIADB, attempts)).isEmpty();
		assertThat(attempts).containsExactly("Testcontainers found no Docker engine",
				"Testcontainers found no Docker engine");
	}

}
