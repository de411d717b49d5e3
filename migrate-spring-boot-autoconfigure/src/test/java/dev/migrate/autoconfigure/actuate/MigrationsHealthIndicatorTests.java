package dev.migrate.autoconfigure.actuate;

import java.util.List;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.migrate.autoconfigure.Migrate;
import dev.migrate.runtime.MigrationFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MigrationsHealthIndicator}.
 */
class MigrationsHealthIndicatorTests {

	@Test
	void databaseAtTheHeadsIsUp() {
		TestMigrations migrations = TestMigrations.branched("dataSource");
		migrations.upgrade("heads");
		Health health = new MigrationsHealthIndicator(migrations.migrate()).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("dataSource", "dataSource")
			.containsEntry("current", Set.of("b2", "c3"))
			.containsEntry("heads", List.of("b2", "c3"))
			.containsEntry("pending", 0)
			.doesNotContainKeys("lastFailure", "error");
	}

	@Test
	void databaseBehindIsOutOfServiceWithItsPendingCount() {
		TestMigrations migrations = TestMigrations.branched("dataSource");
		migrations.upgrade("a1");
		Health health = new MigrationsHealthIndicator(migrations.migrate()).health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("current", Set.of("a1")).containsEntry("pending", 2);
	}

	@Test
	void databaseNeverMigratedIsOutOfService() {
		Health health = new MigrationsHealthIndicator(TestMigrations.branched("dataSource").migrate()).health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("current", Set.of()).containsEntry("pending", 3);
	}

	@Test
	void failedMigrationIsDownWithTheFailure() {
		TestMigrations migrations = TestMigrations.failing("dataSource");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrations.upgrade("heads"));
		Health health = new MigrationsHealthIndicator(migrations.migrate()).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("current", Set.of("a1")).containsEntry("pending", 1);
		assertThat(health.getDetails().get("lastFailure")).asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
			.containsEntry("revision", "f2")
			.containsEntry("direction", "upgrade")
			.containsKeys("startedAt", "error");
	}

	@Test
	void databaseThatCannotBeReadIsDownWithTheError() {
		Health health = new MigrationsHealthIndicator(TestMigrations.unreachable("dataSource")).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).extractingByKey("error")
			.asString()
			.contains("Could not connect to the database");
	}

	@Test
	void successfulStepAfterAFailureIsNoLongerDown() {
		TestMigrations migrations = TestMigrations.failing("dataSource");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrations.upgrade("heads"));
		migrations.downgrade("base");
		Health health = new MigrationsHealthIndicator(migrations.migrate()).health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).doesNotContainKey("lastFailure");
	}

}
