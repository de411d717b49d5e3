package dev.migrate.autoconfigure.actuate;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.migrate.runtime.MigrationFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MigrationMetrics}.
 */
class MigrationMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final MigrationMetrics metrics = new MigrationMetrics(this.registry);

	@Test
	void eachAppliedRevisionIsTimedWithItsDataSourceRevisionDirectionAndOutcome() {
		TestMigrations migrations = TestMigrations.branched("primary");
		migrations.upgrade("heads", this.metrics.listener("primary"));
		assertThat(this.registry.find(MigrationMetrics.METRIC_NAME).timers()).hasSize(3);
		for (String revision : new String[] { "a1", "b2", "c3" }) {
			Timer timer = this.registry.get(MigrationMetrics.METRIC_NAME)
				.tags("datasource", "primary", "revision", revision, "direction", "upgrade", "outcome", "success")
				.timer();
			assertThat(timer.count()).isOne();
		}
	}

	@Test
	void downgradesAreTimedAsDowngrades() {
		TestMigrations migrations = TestMigrations.branched("primary");
		migrations.upgrade("a1");
		migrations.downgrade("base", this.metrics.listener("primary"));
		assertThat(this.registry.get(MigrationMetrics.METRIC_NAME)
			.tags("revision", "a1", "direction", "downgrade", "outcome", "success")
			.timer()
			.count()).isOne();
	}

	@Test
	void failedRevisionIsTimedAsAFailure() {
		TestMigrations migrations = TestMigrations.failing("primary");
		assertThatExceptionOfType(MigrationFailedException.class)
			.isThrownBy(() -> migrations.upgrade("heads", this.metrics.listener("primary")));
		assertThat(this.registry.get(MigrationMetrics.METRIC_NAME).tags("revision", "a1", "outcome", "success").timer().count())
			.isOne();
		assertThat(this.registry.get(MigrationMetrics.METRIC_NAME).tags("revision", "f2", "outcome", "failure").timer().count())
			.isOne();
	}

	@Test
	void dataSourcesAreTimedApart() {
		TestMigrations.branched("primary").upgrade("a1", this.metrics.listener("primary"));
		TestMigrations.branched("reporting").upgrade("a1", this.metrics.listener("reporting"));
		assertThat(this.registry.get(MigrationMetrics.METRIC_NAME).tags("datasource", "primary").timers()).hasSize(1);
		assertThat(this.registry.get(MigrationMetrics.METRIC_NAME).tags("datasource", "reporting").timers()).hasSize(1);
	}

	@Test
	void runThatAppliesNothingRecordsNothing() {
		TestMigrations migrations = TestMigrations.branched("primary");
		migrations.upgrade("heads");
		migrations.upgrade("heads", this.metrics.listener("primary"));
		assertThat(this.registry.find(MigrationMetrics.METRIC_NAME).timers()).isEmpty();
	}

}
