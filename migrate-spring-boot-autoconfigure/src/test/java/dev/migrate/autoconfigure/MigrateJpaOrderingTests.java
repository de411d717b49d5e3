package dev.migrate.autoconfigure;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import dev.migrate.autoconfigure.testapp.Todo;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that JPA waits for {@link MigrateAutoConfiguration}'s migrations, and that Hibernate
 * leaves a migrated schema alone.
 */
class MigrateJpaOrderingTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				TransactionAutoConfiguration.class))
		.withUserConfiguration(MigrateAutoConfigurationTests.DataSourceConfiguration.class, EntityConfiguration.class);

	@Test
	void entityManagerFactoryValidatesTheSchemaOnlyAMigrationCreates() {
		this.contextRunner.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate").run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(EntityManagerFactory.class);
			assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
				.contains("migrateInitializer");
		});
	}

	@Test
	void entityManagerFactoryFailsValidationWithoutTheMigration() {
		this.contextRunner.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "migrate.enabled=false")
			.run((context) -> assertThat(context).getFailure().hasStackTraceContaining("missing table [todos]"));
	}

	@Test
	void embeddedDatabaseIsNotCreateDroppedByHibernate() {
		this.contextRunner.run((context) -> {
			EntityManagerFactory entityManagerFactory = context.getBean(EntityManagerFactory.class);
			// Spring Boot leaves the setting out for 'none'
			assertThat(entityManagerFactory.getProperties()).doesNotContainKey("hibernate.hbm2ddl.auto");
		});
	}

	@Test
	void embeddedDatabaseIsCreateDroppedWithoutMigrate() {
		this.contextRunner.withPropertyValues("migrate.enabled=false").run((context) -> {
			EntityManagerFactory entityManagerFactory = context.getBean(EntityManagerFactory.class);
			assertThat(entityManagerFactory.getProperties()).containsEntry("hibernate.hbm2ddl.auto", "create-drop");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = Todo.class)
	static class EntityConfiguration {

	}

}
