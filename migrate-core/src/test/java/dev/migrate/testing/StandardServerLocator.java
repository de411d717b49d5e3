package dev.migrate.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks for a server where the environment says it is; if the environment says nothing, on the
 * conventional local address and then in a container started by Testcontainers.
 */
final class StandardServerLocator implements ServerLocator {

	private static final String TESTCONTAINERS_PROBE = "org.testcontainers.DockerClientFactory";

	private final HarnessSettings settings;

	private final List<AutoCloseable> containers = new ArrayList<>();

	StandardServerLocator(HarnessSettings settings) {
		this.settings = settings;
	}

	@Override
	public ServerLookup locate(ServerSpec spec) {
		List<String> attempts = new ArrayList<>();
		Optional<String> configuredUrl = this.settings.get(spec.urlVariable()).map(String::trim);
		if (configuredUrl.isPresent()) {
			// where the developer said the server is, and nowhere else
			DatabaseServer configured = new DatabaseServer(spec, configuredUrl.get(),
					this.settings.get(spec.userVariable()).orElse(spec.localUser()),
					this.settings.get(spec.passwordVariable()).orElse(""), spec.urlVariable());
			return reachable(configured, attempts) ? new ServerLookup.Found(configured)
					: new ServerLookup.NotFound(spec, attempts);
		}
		attempts.add(spec.urlVariable() + " is not set");
		DatabaseServer local = spec.localServer();
		if (reachable(local, attempts)) {
			return new ServerLookup.Found(local);
		}
		return startContainer(spec, attempts);
	}

	private ServerLookup startContainer(ServerSpec spec, List<String> attempts) {
		if (!testcontainersPresent()) {
			attempts.add("Testcontainers is not on the test classpath");
			return new ServerLookup.NotFound(spec, attempts);
		}
		Optional<ContainerServers.Started> started = ContainerServers.start(spec, attempts);
		if (started.isEmpty()) {
			return new ServerLookup.NotFound(spec, attempts);
		}
		synchronized (this.containers) {
			this.containers.add(started.get().container());
		}
		DatabaseServer server = started.get().server();
		return reachable(server, attempts) ? new ServerLookup.Found(server) : new ServerLookup.NotFound(spec, attempts);
	}

	private static boolean reachable(DatabaseServer server, List<String> attempts) {
		try (Connection connection = server.connect()) {
			return true;
		}
		catch (SQLException ex) {
			attempts.add(server.describe() + ": " + whyUnreachable(server.spec(), ex));
			return false;
		}
	}

	private static String whyUnreachable(ServerSpec spec, SQLException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.startsWith("No suitable driver")) {
			return "its JDBC driver is not on the test classpath (add " + spec.driver() + " as a test dependency)";
		}
		int lineEnd = message.indexOf('\n');
		return (lineEnd >= 0) ? message.substring(0, lineEnd) : message;
	}

	private static boolean testcontainersPresent() {
		try {
			Class.forName(TESTCONTAINERS_PROBE, false, StandardServerLocator.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	@Override
	public void close() {
		synchronized (this.containers) {
			for (AutoCloseable container : this.containers) {
				try {
					container.close();
				}
				catch (Exception ex) {
					// Testcontainers' own reaper removes what could not be stopped here
				}
			}
			this.containers.clear();
		}
	}

}
