package dev.migrate.autoconfigure.actuate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.migrate.autoconfigure.Migrate;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsHealthContributorAutoConfiguration}.
 */
class MigrationsHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsHealthContributorAutoConfiguration.class));

	@Test
	void isRegisteredAsAnAutoConfiguration() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
			.contains(MigrationsHealthContributorAutoConfiguration.class.getName());
	}

	@Test
	void healthIndicatorIsPresentForAMigration() {
		this.contextRunner.withBean(Migrate.class, () -> TestMigrations.untouched("dataSource"))
			.run((context) -> assertThat(context).hasSingleBean(MigrationsHealthIndicator.class)
				.hasBean("migrationsHealthContributor"));
	}

	@Test
	void healthContributorIsACompositeNamedByDataSourceForSeveralMigrations() {
		this.contextRunner.withBean("primaryMigrate", Migrate.class, () -> TestMigrations.untouched("primary"))
			.withBean("reportingMigrate", Migrate.class, () -> TestMigrations.untouched("reporting"))
			.run((context) -> {
				HealthContributor contributor = context.getBean("migrationsHealthContributor", HealthContributor.class);
				assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
				CompositeHealthContributor composite = (CompositeHealthContributor) contributor;
				assertThat(composite.getContributor("primary")).isInstanceOf(MigrationsHealthIndicator.class);
				assertThat(composite.getContributor("reporting")).isInstanceOf(MigrationsHealthIndicator.class);
			});
	}

	@Test
	void healthIndicatorBacksOffWithoutAMigration() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void healthIndicatorBacksOffWhenDisabled() {
		this.contextRunner.withBean(Migrate.class, () -> TestMigrations.untouched("dataSource"))
			.withPropertyValues("management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void healthIndicatorBacksOffWhenHealthIndicatorsAreDisabledByDefault() {
		this.contextRunner.withBean(Migrate.class, () -> TestMigrations.untouched("dataSource"))
			.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void healthIndicatorBacksOffWithoutSpringBootHealth() {
		this.contextRunner.withBean(Migrate.class, () -> TestMigrations.untouched("dataSource"))
			.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void healthIndicatorBacksOffWhenTheApplicationDefinesOne() {
		this.contextRunner.withBean(Migrate.class, () -> TestMigrations.untouched("dataSource"))
			.withUserConfiguration(CustomHealthIndicatorConfiguration.class)
			.run((context) -> assertThat(context).hasBean("migrationsHealthIndicator")
				.doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void databaseLeftBehindByOnStartupNoneIsOutOfService() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
			.withBean("dataSource", DataSource.class, () -> TestMigrations.untouched("unused").dataSource())
			.withPropertyValues("migrate.locations=classpath:db/actuate/branched", "migrate.target=heads",
					"migrate.on-startup=none")
			.run((context) -> {
				Health health = context.getBean(MigrationsHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
				assertThat(health.getDetails()).containsEntry("pending", 3);
			});
	}

	@Test
	void databaseUpgradedAtStartupIsUp() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
			.withBean("dataSource", DataSource.class, () -> TestMigrations.untouched("unused").dataSource())
			.withPropertyValues("migrate.locations=classpath:db/actuate/branched", "migrate.target=heads")
			.run((context) -> assertThat(context.getBean(MigrationsHealthIndicator.class).health().getStatus())
				.isEqualTo(Status.UP));
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomHealthIndicatorConfiguration {

		@Bean
		HealthIndicator migrationsHealthIndicator() {
			return () -> Health.up().build();
		}

	}

}
