package dev.migrate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases of one test run: finds each kind's server the first time a test asks for it,
 * remembers the outcome for the rest of the run, and on {@link #close()} stops the containers it
 * started and removes the SQLite directory. {@link TestDatabaseExtension} keeps one in JUnit's root
 * store, so one instance serves every test of a run.
 */
final class DatabaseServers implements AutoCloseable {

	private final HarnessSettings settings;

	private final ServerLocator locator;

	private final Consumer<String> notices;

	private final Map<TestDatabaseKind, Availability> availability = new EnumMap<>(TestDatabaseKind.class);

	private @Nullable Path sqliteDirectory;

	DatabaseServers(HarnessSettings settings) {
		// said once per run on the console, rather than only once per skipped test in a report
		this(settings, new StandardServerLocator(settings),
				(notice) -> System.err.println("[migrate tests] " + notice));
	}

	/**
	 * Creates the databases of a test run.
	 * @param settings the harness's settings
	 * @param locator finds the servers
	 * @param notices told, once per kind of server, where its tests run or why they cannot
	 */
	DatabaseServers(HarnessSettings settings, ServerLocator locator, Consumer<String> notices) {
		this.settings = settings;
		this.locator = locator;
		this.notices = notices;
	}

	/**
	 * Returns the provisioner of test databases of a kind, looking for its server on the first call.
	 * @param kind the kind of database
	 * @return the provisioner
	 * @throws org.opentest4j.TestAbortedException if there is no server and the tests may be
	 * skipped
	 * @throws IllegalStateException if there is no server and the databases are required
	 */
	synchronized DatabaseProvisioner provisioner(TestDatabaseKind kind) {
		Availability found = this.availability.computeIfAbsent(kind, this::find);
		if (found.provisioner() != null) {
			return found.provisioner();
		}
		Optional<String> requirement = this.settings.requirement();
		if (requirement.isPresent()) {
			throw new IllegalStateException(requiredMessage(kind, requirement.get(), found.reason()));
		}
		return Assumptions.abort(skipMessage(kind, found.reason()));
	}

	private Availability find(TestDatabaseKind kind) {
		if (kind == TestDatabaseKind.H2) {
			return new Availability(new H2Provisioner(), "");
		}
		if (kind == TestDatabaseKind.SQLITE) {
			return new Availability(new SqliteProvisioner(sqliteDirectory()), "");
		}
		ServerSpec spec = ServerSpec.of(kind);
		ServerLookup lookup = this.locator.locate(spec);
		if (lookup instanceof ServerLookup.Found found) {
			DatabaseServer server = found.server();
			this.notices.accept(kind.displayName() + " tests run on " + server.describe());
			return new Availability(provisioner(kind, server), "");
		}
		String reason = ((ServerLookup.NotFound) lookup).reason() + " " + spec.howToProvide();
		Optional<String> requirement = this.settings.requirement();
		this.notices.accept(requirement.isPresent() ? requiredMessage(kind, requirement.get(), reason)
				: skipMessage(kind, reason));
		return new Availability(null, reason);
	}

	private static DatabaseProvisioner provisioner(TestDatabaseKind kind, DatabaseServer server) {
		return (kind == TestDatabaseKind.POSTGRESQL) ? new PostgresProvisioner(server) : new MariaDbProvisioner(server);
	}

	private static String skipMessage(TestDatabaseKind kind, String reason) {
		return kind.displayName() + " tests are skipped. " + reason;
	}

	private static String requiredMessage(TestDatabaseKind kind, String requirement, String reason) {
		return kind.displayName() + " is required (" + requirement + ") but cannot be used. " + reason;
	}

	private Path sqliteDirectory() {
		if (this.sqliteDirectory == null) {
			try {
				this.sqliteDirectory = Files.createTempDirectory("migrate-tests-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not create a directory for SQLite test databases", ex);
			}
		}
		return this.sqliteDirectory;
	}

	@Override
	public synchronized void close() throws IOException {
		this.locator.close();
		if (this.sqliteDirectory != null) {
			try (Stream<Path> paths = Files.walk(this.sqliteDirectory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
			this.sqliteDirectory = null;
		}
	}

	/**
	 * Whether a kind of database can be used.
	 *
	 * @param provisioner its provisioner, or {@code null} if it cannot be used
	 * @param reason why it cannot be used, or empty
	 */
	private record Availability(@Nullable DatabaseProvisioner provisioner, String reason) {
	}

}
