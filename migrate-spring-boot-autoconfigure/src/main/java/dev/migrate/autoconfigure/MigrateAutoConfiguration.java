package dev.migrate.autoconfigure;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties.DataSourceMigration;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.Migrator;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration for migrate: a {@link Migrate} per migrated DataSource and a
 * {@link MigrateInitializer} that runs their startup action before JPA and JDBC users of the
 * database are created.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration" })
@ConditionalOnClass({ Migrator.class, DataSourceBuilder.class, DatabaseInitializationDependencyConfigurer.class })
@Conditional(MigrateAutoConfiguration.MigrateDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import({ DatabaseInitializationDependencyConfigurer.class, MigrateAutoConfiguration.NamedMigrationsRegistrar.class })
public final class MigrateAutoConfiguration {

	@Bean
	MigrateFactory migrateFactory(MigrateProperties properties, ResourceLoader resourceLoader,
			ObjectProvider<MigrateCustomizer> customizers, ObjectProvider<MigrationListener> listeners,
			BeanFactory beanFactory) {
		ClassLoader classLoader = (resourceLoader.getClassLoader() != null) ? resourceLoader.getClassLoader()
				: ClassUtils.getDefaultClassLoader();
		List<String> applicationPackages = AutoConfigurationPackages.has(beanFactory)
				? AutoConfigurationPackages.get(beanFactory) : List.of();
		return new MigrateFactory(properties, classLoader, customizers.orderedStream().toList(),
				listeners.orderedStream().toList(), applicationPackages);
	}

	@Bean
	@Conditional(PrimaryMigrationCondition.class)
	Migrate migrate(MigrateFactory factory, MigrateProperties properties, ConfigurableListableBeanFactory beanFactory,
			@MigrateDataSource ObjectProvider<DataSource> migrateDataSource, ObjectProvider<DataSource> dataSource,
			ObjectProvider<JdbcConnectionDetails> connectionDetails) {
		if (properties.getUrl() != null || properties.getUser() != null || properties.getPassword() != null) {
			return factory.create(dedicatedDataSource(properties, connectionDetails.getIfAvailable()), "migrate.url");
		}
		DataSource applicationDataSource = migrateDataSource.getIfAvailable(dataSource::getIfUnique);
		if (applicationDataSource == null) {
			throw new IllegalStateException("migrate found no DataSource to migrate: mark one @Primary or"
					+ " @MigrateDataSource, or set migrate.url");
		}
		return factory.create(applicationDataSource, beanName(beanFactory, applicationDataSource));
	}

	private static String beanName(ConfigurableListableBeanFactory beanFactory, DataSource dataSource) {
		for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
			if (beanFactory.getSingleton(name) == dataSource) {
				return name;
			}
		}
		return "dataSource";
	}

	@Bean
	@Lazy(false)
	MigrateInitializer migrateInitializer(ObjectProvider<Migrate> migrations,
			ObjectProvider<MigrateStartupStrategy> strategy, Environment environment) {
		// in command mode (java -jar app.jar migrate ...) the command alone changes the database
		MigrateStartupStrategy startup = MigrateCommandRunListener.isCommandMode(environment) ? (migrate) -> {
		} : strategy.getIfAvailable();
		return new MigrateInitializer(migrations.orderedStream().toList(), startup);
	}

	private static DataSource dedicatedDataSource(MigrateProperties properties,
			@Nullable JdbcConnectionDetails connectionDetails) {
		String url = properties.getUrl();
		String user = properties.getUser();
		String password = properties.getPassword();
		if (connectionDetails != null) {
			url = (url != null) ? url : connectionDetails.getJdbcUrl();
			user = (user != null) ? user : connectionDetails.getUsername();
			password = (password != null) ? password : connectionDetails.getPassword();
		}
		if (url == null) {
			throw new IllegalStateException(
					"migrate.user and migrate.password need a URL: set migrate.url or spring.datasource.url");
		}
		// no pool: the migration needs its connection at startup, and the endpoint now and then
		DataSourceBuilder<SimpleDriverDataSource> builder = DataSourceBuilder.create()
			.type(SimpleDriverDataSource.class)
			.url(url);
		PropertyMapper map = PropertyMapper.get();
		map.from(user).to(builder::username);
		map.from(password).to(builder::password);
		return builder.build();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SchemaManagementProvider.class)
	static class MigrateSchemaManagementConfiguration {

		@Bean
		MigrateSchemaManagementProvider migrateDefaultDdlModeProvider(ObjectProvider<Migrate> migrations) {
			return new MigrateSchemaManagementProvider(migrations);
		}

	}

	/**
	 * Registers a {@link Migrate} bean, named {@code <name>Migrate}, for each enabled
	 * {@code migrate.datasources.<name>} entry.
	 */
	static class NamedMigrationsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

		private @Nullable Environment environment;

		@Override
		public void setEnvironment(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
			if (this.environment == null || !(registry instanceof BeanFactory beanFactory)) {
				return;
			}
			Map<String, DataSourceMigration> entries = Binder.get(this.environment)
				.bind("migrate.datasources", Bindable.mapOf(String.class, DataSourceMigration.class))
				.orElse(Map.of());
			for (Map.Entry<String, DataSourceMigration> entry : entries.entrySet()) {
				if (!entry.getValue().isEnabled()) {
					continue;
				}
				String name = entry.getKey();
				RootBeanDefinition definition = new RootBeanDefinition(Migrate.class,
						() -> beanFactory.getBean(MigrateFactory.class).create(name, beanFactory));
				registry.registerBeanDefinition(name + "Migrate", definition);
			}
		}

	}

	/**
	 * Whether {@code migrate.*} has a DataSource to migrate; without one, only the
	 * {@code migrate.datasources} entries are migrated.
	 */
	static final class PrimaryMigrationCondition extends AnyNestedCondition {

		PrimaryMigrationCondition() {
			super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnSingleCandidate(DataSource.class)
		private static final class SingleDataSourceCondition {

		}

		@ConditionalOnBean(annotation = MigrateDataSource.class)
		private static final class QualifiedDataSourceCondition {

		}

		@ConditionalOnProperty("migrate.url")
		private static final class MigrateUrlCondition {

		}

		@ConditionalOnProperty("migrate.user")
		private static final class MigrateUserCondition {

		}

	}

	/**
	 * Whether there is anything to migrate: a DataSource bean, or a URL of its own.
	 */
	static final class MigrateDataSourceCondition extends AnyNestedCondition {

		MigrateDataSourceCondition() {
			super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnProperty("migrate.url")
		private static final class MigrateUrlCondition {

		}

	}

}
