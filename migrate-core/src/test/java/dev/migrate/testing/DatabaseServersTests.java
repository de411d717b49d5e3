package dev.migrate.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DatabaseServers}.
 */
class DatabaseServersTests {

	private final List<String> notices = new ArrayList<>();

	private final AtomicInteger lookups = new AtomicInteger();

	private final ServerLocator noServer = (spec) -> {
		this.lookups.incrementAndGet();
		return new ServerLookup.NotFound(spec, List.of("nothing listens"));
	};

	@Test
	void embeddedDatabasesNeedNoServer() throws Exception {
		try (DatabaseServers servers = servers(Map.of())) {
			assertThat(servers.provisioner(TestDatabaseKind.H2)).isInstanceOf(H2Provisioner.class);
			assertThat(servers.provisioner(TestDatabaseKind.SQLITE)).isInstanceOf(SqliteProvisioner.class);
		}
		assertThat(this.lookups).hasValue(0);
	}

	@Test
	void aMissingServerSkipsItsTestsSayingHowToProvideOne() throws Exception {
		try (DatabaseServers servers = servers(Map.of())) {
			assertThatExceptionOfType(TestAbortedException.class)
				.isThrownBy(() -> servers.provisioner(TestDatabaseKind.POSTGRESQL))
				.withMessageStartingWith(
						"PostgreSQL tests are skipped. No PostgreSQL server was found (nothing listens).")
				.withMessageContaining(
						"set MIGRATE_TEST_POSTGRES_URL, MIGRATE_TEST_POSTGRES_USER and MIGRATE_TEST_POSTGRES_PASSWORD");
		}
	}

	@Test
	void aMissingServerFailsItsTestsWhenDatabasesAreRequired() throws Exception {
		try (DatabaseServers servers = servers(Map.of("MIGRATE_TEST_REQUIRE_DATABASES", "true"))) {
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> servers.provisioner(TestDatabaseKind.MARIADB))
				.withMessageStartingWith(
						"MariaDB is required (MIGRATE_TEST_REQUIRE_DATABASES=true) but cannot be used.")
				.withMessageContaining("MIGRATE_TEST_MARIADB_URL");
		}
	}

	@Test
	void aMissingServerFailsItsTestsOnCi() throws Exception {
		try (DatabaseServers servers = servers(Map.of("CI", "true"))) {
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> servers.provisioner(TestDatabaseKind.POSTGRESQL))
				.withMessageStartingWith("PostgreSQL is required (CI=true)");
		}
	}

	@Test
	void eachServerIsLookedForOnceAndReportedOnce() throws Exception {
		try (DatabaseServers servers = servers(Map.of())) {
			for (int i = 0; i < 3; i++) {
				assertThatExceptionOfType(TestAbortedException.class)
					.isThrownBy(() -> servers.provisioner(TestDatabaseKind.POSTGRESQL));
			}
		}
		assertThat(this.lookups).hasValue(1);
		assertThat(this.notices).singleElement().asString().startsWith("PostgreSQL tests are skipped.");
	}

	@Test
	void aFoundServerIsReportedWithItsPasswordMasked() throws Exception {
		DatabaseServer server = new DatabaseServer(ServerSpec.POSTGRESQL,
				"jdbc:postgresql://db.example:5432/test?password=secret", "app", "secret", "MIGRATE_TEST_POSTGRES_URL");
		ServerLocator found = (spec) -> new ServerLookup.Found(server);
		try (DatabaseServers servers = new DatabaseServers(new HarnessSettings(Map.<String, String>of()::get), found,
				this.notices::add)) {
			assertThat(servers.provisioner(TestDatabaseKind.POSTGRESQL)).isInstanceOf(PostgresProvisioner.class);
		}
		assertThat(this.notices).containsExactly("PostgreSQL tests run on "
				+ "jdbc:postgresql://db.example:5432/test?password=**** as app (MIGRATE_TEST_POSTGRES_URL)");
	}

	@Test
	void closingRemovesTheSqliteFilesOfTheRun() throws Exception {
		TestDatabase database;
		try (DatabaseServers servers = servers(Map.of())) {
			database = servers.provisioner(TestDatabaseKind.SQLITE).create();
			assertThat(database.exists()).isTrue();
		}
		assertThat(database.exists()).isFalse();
	}

	private DatabaseServers servers(Map<String, String> environment) {
		return new DatabaseServers(new HarnessSettings(environment::get), this.noServer, this.notices::add);
	}

}
