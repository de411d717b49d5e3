package dev.migrate.autoconfigure.actuate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.migrate.autoconfigure.Migrate;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.DataSourceMigrationsDescriptor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsEndpointAutoConfiguration}.
 */
class MigrationsEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class))
		.withBean(Migrate.class, () -> TestMigrations.untouched("dataSource"));

	@Test
	void isRegisteredAsAnAutoConfiguration() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
			.contains(MigrationsEndpointAutoConfiguration.class.getName());
	}

	@Test
	void endpointIsPresentWhenExposed() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
	}

	@Test
	void endpointIsPresentWhenExposedOverJmx() {
		this.contextRunner
			.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=migrations")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
	}

	@Test
	void endpointBacksOffWhenNotExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void endpointBacksOffWhenAccessIsNone() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=migrations",
					"management.endpoint.migrations.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void endpointBacksOffWithoutAMigration() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void endpointBacksOffWithoutActuator() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void endpointBacksOffWhenTheApplicationDefinesOne() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.withUserConfiguration(CustomEndpointConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class)
				.hasBean("customMigrationsEndpoint"));
	}

	@Test
	void endpointShowsADatabaseLeftBehindByOnStartupNone() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class,
					MigrationsEndpointAutoConfiguration.class))
			.withBean("dataSource", DataSource.class,
					() -> TestMigrations.untouched("unused").dataSource())
			.withPropertyValues("management.endpoints.web.exposure.include=migrations",
					"migrate.locations=classpath:db/actuate/branched", "migrate.target=heads",
					"migrate.on-startup=none")
			.run((context) -> {
				DataSourceMigrationsDescriptor described = context.getBean(MigrationsEndpoint.class)
					.migrations()
					.contexts()
					.get(context.getId())
					.dataSources()
					.get("dataSource");
				assertThat(described.upToDate()).isFalse();
				assertThat(described.currentRevisions()).isEmpty();
				assertThat(described.pending()).hasSize(3);
			});
	}

	@Test
	void endpointShowsADatabaseUpgradedAtStartupAsUpToDate() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class,
					MigrationsEndpointAutoConfiguration.class))
			.withBean("dataSource", DataSource.class,
					() -> TestMigrations.untouched("unused").dataSource())
			.withPropertyValues("management.endpoints.web.exposure.include=migrations",
					"migrate.locations=classpath:db/actuate/branched", "migrate.target=heads")
			.run((context) -> {
				DataSourceMigrationsDescriptor described = context.getBean(MigrationsEndpoint.class)
					.migrations()
					.contexts()
					.get(context.getId())
					.dataSources()
					.get("dataSource");
				assertThat(described.upToDate()).isTrue();
				assertThat(described.currentRevisions()).containsExactlyInAnyOrder("b2", "c3");
				assertThat(described.history()).hasSize(3);
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomEndpointConfiguration {

		@Bean
		MigrationsEndpoint customMigrationsEndpoint(ApplicationContext context) {
			return new MigrationsEndpoint(context, 5);
		}

	}

}
