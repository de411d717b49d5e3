package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateCommandAutoConfiguration} and what command mode changes in
 * {@link MigrateAutoConfiguration}.
 */
class MigrateCommandAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(MigrateAutoConfiguration.class, MigrateCommandAutoConfiguration.class));

	@Test
	void anApplicationStartedAsUsualHasNoCommandRunner() {
		this.contextRunner.withBean(DataSource.class, TestDataSources::h2)
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateCommandRunner.class));
	}

	@Test
	void commandModeHasACommandRunner() {
		this.contextRunner.withBean(DataSource.class, TestDataSources::h2)
			.withPropertyValues(MigrateCommandRunListener.ACTIVE_PROPERTY + "=true")
			.run((context) -> assertThat(context).hasSingleBean(MigrateCommandRunner.class));
	}

	@Test
	void commandModeHasACommandRunnerEvenWithoutAMigrationToSayWhy() {
		this.contextRunner.withPropertyValues(MigrateCommandRunListener.ACTIVE_PROPERTY + "=true", "migrate.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(MigrateCommandRunner.class)
				.doesNotHaveBean(Migrate.class));
	}

	@Test
	void commandModeRunsNoStartupAction() {
		DataSource dataSource = TestDataSources.h2();
		this.contextRunner.withBean(DataSource.class, () -> dataSource)
			.withPropertyValues(MigrateCommandRunListener.ACTIVE_PROPERTY + "=true")
			.run((context) -> {
				assertThat(context).hasSingleBean(MigrateInitializer.class);
				assertThat(TestDataSources.hasTable(dataSource, "migrate_version")).isFalse();
			});
	}

	@Test
	void commandModeRunsNoStartupStrategy() {
		this.contextRunner.withBean(DataSource.class, TestDataSources::h2)
			.withBean(MigrateStartupStrategy.class, () -> (migrate) -> {
				throw new IllegalStateException("the startup strategy ran");
			})
			.withPropertyValues(MigrateCommandRunListener.ACTIVE_PROPERTY + "=true")
			.run((context) -> assertThat(context).hasNotFailed());
	}

}
