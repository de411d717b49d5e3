package dev.migrate.autoconfigure.actuate;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateCustomizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationMetricsAutoConfiguration}.
 */
class MigrationMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationMetricsAutoConfiguration.class));

	@Test
	void isRegisteredAsAnAutoConfiguration() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
			.contains(MigrationMetricsAutoConfiguration.class.getName());
	}

	@Test
	void metricsArePresentWithAMeterRegistry() {
		this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> assertThat(context).hasSingleBean(MigrationMetrics.class)
				.hasSingleBean(MigrateCustomizer.class));
	}

	@Test
	void metricsArePresentWithTheAutoConfiguredMeterRegistry() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
			.run((context) -> assertThat(context).hasSingleBean(MigrationMetrics.class));
	}

	@Test
	void metricsBackOffWithoutAMeterRegistry() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(MigrationMetrics.class)
			.doesNotHaveBean(MigrateCustomizer.class));
	}

	@Test
	void metricsBackOffWithoutMicrometer() {
		this.contextRunner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationMetrics.class));
	}

	@Test
	void metricsBackOffWhenTheApplicationDefinesThem() {
		MeterRegistry registry = new SimpleMeterRegistry();
		MigrationMetrics custom = new MigrationMetrics(registry);
		this.contextRunner.withBean(MeterRegistry.class, () -> registry)
			.withBean("customMigrationMetrics", MigrationMetrics.class, () -> custom)
			.run((context) -> assertThat(context).getBean(MigrationMetrics.class).isSameAs(custom));
	}

	@Test
	void migrationsRunAtStartupAreTimedPerDataSource() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
					MigrateAutoConfiguration.class))
			.withBean("appDataSource", DataSource.class, () -> TestMigrations.untouched("unused").dataSource())
			.withPropertyValues("migrate.locations=classpath:db/actuate/branched", "migrate.target=heads")
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(MigrationMetrics.METRIC_NAME)
					.tags("datasource", "appDataSource", "direction", "upgrade", "outcome", "success")
					.timers()).hasSize(3);
			});
	}

}
