package dev.migrate.testing;

import java.util.List;
import java.util.Optional;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Starts database servers in containers with Testcontainers. Only reached once the harness has
 * seen Testcontainers on the classpath: modules that use the harness without it never load this
 * class.
 */
final class ContainerServers {

	private ContainerServers() {
	}

	/**
	 * Starts a server of the given kind if a Docker engine is available.
	 * @param spec the kind of server, which names the image
	 * @param attempts where to say why no server was started
	 * @return the started server, or empty (with the reason added to {@code attempts}); never
	 * throws
	 */
	static Optional<Started> start(ServerSpec spec, List<String> attempts) {
		try {
			if (!DockerClientFactory.instance().isDockerAvailable()) {
				attempts.add("Testcontainers found no Docker engine");
				return Optional.empty();
			}
			return Optional.of(startContainer(spec));
		}
		catch (RuntimeException | LinkageError ex) {
			attempts.add("Testcontainers could not start " + spec.image() + ": " + ex);
			return Optional.empty();
		}
	}

	private static Started startContainer(ServerSpec spec) {
		JdbcDatabaseContainer<?> container = container(spec);
		try {
			container.start();
		}
		catch (RuntimeException ex) {
			container.close();
			throw ex;
		}
		DatabaseServer server = new DatabaseServer(spec, container.getJdbcUrl(), container.getUsername(),
				container.getPassword(), "Testcontainers " + spec.image());
		return new Started(server, container);
	}

	private static JdbcDatabaseContainer<?> container(ServerSpec spec) {
		return switch (spec.kind()) {
			case POSTGRESQL -> new PostgreSQLContainer(spec.image());
			// root, as on the conventional local server, may create and drop databases
			case MARIADB -> new MariaDBContainer(spec.image()).withUsername("root");
			default -> throw new IllegalArgumentException(spec.kind().displayName() + " runs in no container");
		};
	}

	/**
	 * A server running in a container.
	 *
	 * @param server the server
	 * @param container stops the container when closed
	 */
	record Started(DatabaseServer server, AutoCloseable container) {
	}

}
