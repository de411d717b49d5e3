package dev.migrate.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.javarevisions.CreateNotes;
import dev.migrate.dialect.TableName;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.MigrationStep;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.script.Location;
import dev.migrate.script.ScriptLocationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateAutoConfiguration}.
 */
class MigrateAutoConfigurationTests {

	private static final String HEAD = "1975ea83b712";

	private static final String BASE = "3512b954651e";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class));

	@Test
	void backsOffWithoutADataSource() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(Migrate.class)
			.doesNotHaveBean(MigrateInitializer.class));
	}

	@Test
	void backsOffWithoutMigrateOnTheClassPath() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withClassLoader(new FilteredClassLoader("dev.migrate.runtime"))
			.run((context) -> assertThat(context).doesNotHaveBean(Migrate.class));
	}

	@Test
	void upgradesTheDatabaseToHeadAtStartup() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(Migrate.class).hasSingleBean(MigrateInitializer.class);
			DataSource dataSource = context.getBean(DataSource.class);
			assertThat(TestDataSources.versions(dataSource)).containsExactly(HEAD);
			assertThat(TestDataSources.hasTable(dataSource, "todos")).isTrue();
			assertThat(context.getBean(Migrate.class).isUpToDate()).isTrue();
		});
	}

	@Test
	void enabledFalseLeavesNoMigrateBean() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(Migrate.class).doesNotHaveBean(MigrateInitializer.class);
				assertThat(TestDataSources.hasTable(context.getBean(DataSource.class), "todos")).isFalse();
			});
	}

	@Test
	void onStartupValidateFailsListingThePendingRevisions() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.on-startup=validate")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(MigrateValidationException.class)
					.hasMessageContaining("2 pending revisions")
					.hasMessageContaining(BASE + " (Create todos)")
					.hasMessageContaining(HEAD + " (Add priority to todos)");
			});
	}

	@Test
	void onStartupValidateStartsWhenTheDatabaseIsAtTheTarget() {
		DataSource dataSource = TestDataSources.h2();
		Migrate.builder("default", dataSource).build().upgrade();
		this.contextRunner.withBean(DataSource.class, () -> dataSource)
			.withPropertyValues("migrate.on-startup=validate")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(Migrate.class));
	}

	@Test
	void onStartupValidateFailsWhenAScriptThatRanWasEdited() {
		DataSource dataSource = TestDataSources.h2();
		Migrate.builder("default", dataSource)
			.locations(List.of(Location.parse("classpath:db/edited/before")))
			.build()
			.upgrade();
		this.contextRunner.withBean(DataSource.class, () -> dataSource)
			.withPropertyValues("migrate.on-startup=validate", "migrate.locations=classpath:db/edited/after")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(MigrateValidationException.class)
				.hasMessageContaining("were edited after they ran: 5e1f0c2a9b3d"));
	}

	@Test
	void validateChecksumsFalseAcceptsEditedScripts() {
		DataSource dataSource = TestDataSources.h2();
		Migrate.builder("default", dataSource)
			.locations(List.of(Location.parse("classpath:db/edited/before")))
			.build()
			.upgrade();
		this.contextRunner.withBean(DataSource.class, () -> dataSource)
			.withPropertyValues("migrate.locations=classpath:db/edited/after", "migrate.validate-checksums=false")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void onStartupNoneLeavesTheDatabaseAloneButKeepsTheMigrateBean() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.on-startup=none")
			.run((context) -> {
				assertThat(context).hasSingleBean(Migrate.class);
				Migrate migrate = context.getBean(Migrate.class);
				assertThat(migrate.currentRevisions()).isEmpty();
				assertThat(migrate.pendingScripts()).extracting((script) -> script.id()).containsExactly(BASE, HEAD);
				assertThat(TestDataSources.hasTable(context.getBean(DataSource.class), "todos")).isFalse();
			});
	}

	@Test
	void targetStopsTheUpgradeAtThatRevision() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.target=" + BASE)
			.run((context) -> assertThat(TestDataSources.versions(context.getBean(DataSource.class)))
				.containsExactly(BASE));
	}

	@Test
	void propertiesMapOntoTheOptions() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.version-table=alembic_version", "migrate.history-table=audit_log",
					"migrate.transaction-mode=all", "migrate.lock-timeout=5s", "migrate.locations=db/migrate")
			.run((context) -> {
				Migrate migrate = context.getBean(Migrate.class);
				assertThat(migrate.options().versionTable()).isEqualTo(TableName.of("alembic_version"));
				assertThat(migrate.options().historyTable()).isEqualTo(TableName.of("audit_log"));
				assertThat(migrate.options().transactionMode()).isEqualTo(TransactionMode.ALL);
				assertThat(migrate.options().lockTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(migrate.locations()).containsExactly(Location.classpath("db/migrate"));
				assertThat(TestDataSources.versions(context.getBean(DataSource.class), "alembic_version"))
					.containsExactly(HEAD);
			});
	}

	@Test
	void schemaQualifiesTheVersionAndHistoryTables() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.schema=PUBLIC", "migrate.on-startup=none")
			.run((context) -> {
				Migrate migrate = context.getBean(Migrate.class);
				assertThat(migrate.options().versionTable()).isEqualTo(TableName.of("PUBLIC", "migrate_version"));
				assertThat(migrate.options().historyTable()).isEqualTo(TableName.of("PUBLIC", "migrate_history"));
			});
	}

	@Test
	void unknownOnStartupValueFailsStartup() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.on-startup=sometimes")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'migrate.on-startup'"));
	}

	@Test
	void unknownTransactionModeFailsStartup() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.transaction-mode=per-statement")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'migrate.transaction-mode'"));
	}

	@Test
	void malformedLocationFailsStartup() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.locations=ftp:scripts")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(ScriptLocationException.class)
				.hasMessageContaining("'ftp:scripts'"));
	}

	@Test
	void javaPackagesAddTheirJavaRevisionsToTheGraph() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.java-packages=dev.migrate.javarevisions", "migrate.target=heads")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(Migrate.class).javaPackages())
					.containsExactly("dev.migrate.javarevisions");
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notes", Integer.class)).isZero();
				assertThat(jdbc.queryForList("SELECT version_num FROM migrate_version", String.class))
					.containsExactlyInAnyOrder("1975ea83b712", "7a1c0de5b001");
			});
	}

	@Test
	void javaPackagesDefaultToTheApplicationsPackages() {
		this.contextRunner.withUserConfiguration(JavaRevisionsApplication.class, DataSourceConfiguration.class)
			.withPropertyValues("migrate.locations=classpath:db/none")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(Migrate.class).javaPackages())
					.containsExactly("dev.migrate.javarevisions");
				assertThat(new JdbcTemplate(context.getBean(DataSource.class))
					.queryForList("SELECT version_num FROM migrate_version", String.class)).containsExactly("7a1c0de5b001");
			});
	}

	@Test
	void withoutApplicationPackagesNoJavaRevisionsAreSearched() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.run((context) -> assertThat(context.getBean(Migrate.class).javaPackages()).isEmpty());
	}

	@Test
	void datasourceEntriesSearchOnlyTheirOwnJavaPackages() {
		this.contextRunner.withUserConfiguration(JavaRevisionsApplication.class, TwoDataSourcesConfiguration.class)
			.withPropertyValues("migrate.datasources.orders.data-source=secondDataSource",
					"migrate.datasources.orders.java-packages=dev.migrate.javarevisions",
					"migrate.datasources.orders.locations=classpath:db/none", "migrate.target=heads")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Migrate orders = context.getBeansOfType(Migrate.class)
					.values()
					.stream()
					.filter((migrate) -> migrate.name().equals("orders"))
					.findFirst()
					.orElseThrow();
				assertThat(orders.javaPackages()).containsExactly("dev.migrate.javarevisions");
			});
	}

	@Test
	void missingLocationFailsStartup() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.locations=classpath:db/nowhere")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(ScriptLocationException.class));
	}

	@Test
	void strategyReplacesTheStartupAction() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class, RecordingStrategyConfiguration.class)
			.run((context) -> {
				assertThat(context.getBean(RecordingStrategyConfiguration.class).migrated).containsExactly("default");
				assertThat(TestDataSources.hasTable(context.getBean(DataSource.class), "todos")).isFalse();
			});
	}

	@Test
	void customizersAreAppliedAfterTheProperties() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class, CustomizerConfiguration.class)
			.withPropertyValues("migrate.version-table=from_properties", "migrate.target=head")
			.run((context) -> {
				Migrate migrate = context.getBean(Migrate.class);
				assertThat(migrate.options().versionTable()).isEqualTo(TableName.of("customized_version"));
				assertThat(migrate.target()).isEqualTo(BASE);
				assertThat(TestDataSources.versions(context.getBean(DataSource.class), "customized_version"))
					.containsExactly(BASE);
			});
	}

	@Test
	void listenerBeansHearEachStep() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class, ListenerConfiguration.class)
			.run((context) -> assertThat(context.getBean(ListenerConfiguration.class).steps)
				.containsExactly("Running upgrade  -> 3512b954651e, Create todos",
						"Running upgrade 3512b954651e -> 1975ea83b712, Add priority to todos"));
	}

	@Test
	void migrateDataSourceQualifierPicksItsDataSource() {
		this.contextRunner.withUserConfiguration(QualifiedDataSourceConfiguration.class).run((context) -> {
			DataSource primary = context.getBean("primaryDataSource", DataSource.class);
			DataSource migrated = context.getBean("migratedDataSource", DataSource.class);
			assertThat(context.getBean(Migrate.class).dataSource()).isSameAs(migrated);
			assertThat(context.getBean(Migrate.class).dataSourceName()).isEqualTo("migratedDataSource");
			assertThat(TestDataSources.hasTable(migrated, "todos")).isTrue();
			assertThat(TestDataSources.hasTable(primary, "todos")).isFalse();
		});
	}

	@Test
	void primaryDataSourceIsMigratedByDefault() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class).run((context) -> {
			assertThat(context.getBean(Migrate.class).dataSourceName()).isEqualTo("firstDataSource");
			assertThat(TestDataSources.hasTable(context.getBean("firstDataSource", DataSource.class), "todos"))
				.isTrue();
			assertThat(TestDataSources.hasTable(context.getBean("secondDataSource", DataSource.class), "todos"))
				.isFalse();
		});
	}

	@Test
	void urlUserAndPasswordGiveTheMigrationAConnectionOfItsOwn() {
		String name = "ddl-" + System.nanoTime();
		DataSource ddlDatabase = TestDataSources.h2(name);
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.url=" + TestDataSources.url(name), "migrate.user=sa", "migrate.password=")
			.run((context) -> {
				Migrate migrate = context.getBean(Migrate.class);
				assertThat(migrate.dataSource()).isNotSameAs(context.getBean(DataSource.class));
				assertThat(migrate.dataSourceName()).isEqualTo("migrate.url");
				assertThat(TestDataSources.versions(ddlDatabase)).containsExactly(HEAD);
				assertThat(TestDataSources.hasTable(context.getBean(DataSource.class), "todos")).isFalse();
			});
	}

	@Test
	void urlWithoutADataSourceBeanIsEnough() {
		String name = "url-only-" + System.nanoTime();
		this.contextRunner.withPropertyValues("migrate.url=" + TestDataSources.url(name), "migrate.user=sa")
			.run((context) -> {
				assertThat(context).hasSingleBean(Migrate.class);
				assertThat(TestDataSources.versions(TestDataSources.h2(name))).containsExactly(HEAD);
			});
	}

	@Test
	void userWithoutAUrlTakesTheUrlOfTheDataSourceProperties() {
		String name = "properties-" + System.nanoTime();
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + TestDataSources.url(name),
					"spring.datasource.type=" + org.springframework.jdbc.datasource.SimpleDriverDataSource.class.getName(),
					"migrate.user=sa")
			.run((context) -> {
				assertThat(context.getBean(Migrate.class).dataSourceName()).isEqualTo("migrate.url");
				assertThat(TestDataSources.versions(TestDataSources.h2(name))).containsExactly(HEAD);
			});
	}

	@Test
	void namedDataSourcesAreEachMigratedOnTheirOwn() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class)
			.withPropertyValues("migrate.datasources.orders.data-source=secondDataSource",
					"migrate.datasources.orders.version-table=orders_version")
			.run((context) -> {
				assertThat(context).getBeans(Migrate.class).containsOnlyKeys("migrate", "ordersMigrate");
				Migrate orders = context.getBean("ordersMigrate", Migrate.class);
				assertThat(orders.name()).isEqualTo("orders");
				assertThat(orders.dataSourceName()).isEqualTo("secondDataSource");
				assertThat(orders.locations()).containsExactly(Location.classpath("db/migrate-orders"));
				DataSource second = context.getBean("secondDataSource", DataSource.class);
				assertThat(TestDataSources.versions(second, "orders_version")).containsExactly("9c2f4e1d7a30");
				assertThat(TestDataSources.hasTable(second, "todos")).isFalse();
				assertThat(TestDataSources.versions(context.getBean("firstDataSource", DataSource.class)))
					.containsExactly(HEAD);
			});
	}

	@Test
	void namedDataSourceIsFoundByTheEntryNameAndTakesUnsetSettingsFromTheTopLevel() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class)
			.withPropertyValues("migrate.lock-timeout=7s", "migrate.datasources.secondDataSource.on-startup=none",
					"migrate.datasources.secondDataSource.locations=classpath:db/migrate-orders")
			.run((context) -> {
				Migrate second = context.getBean("secondDataSourceMigrate", Migrate.class);
				assertThat(second.dataSource()).isSameAs(context.getBean("secondDataSource"));
				assertThat(second.options().lockTimeout()).isEqualTo(Duration.ofSeconds(7));
				assertThat(second.startupAction()).isEqualTo(StartupAction.NONE);
				assertThat(second.currentRevisions()).isEmpty();
			});
	}

	@Test
	void withoutAPrimaryDataSourceOnlyTheNamedDataSourcesAreMigrated() {
		this.contextRunner.withUserConfiguration(NoPrimaryDataSourcesConfiguration.class)
			.withPropertyValues("migrate.datasources.orders.data-source=ordersDataSource")
			.run((context) -> {
				assertThat(context).getBeans(Migrate.class).containsOnlyKeys("ordersMigrate");
				assertThat(TestDataSources.versions(context.getBean("ordersDataSource", DataSource.class)))
					.containsExactly("9c2f4e1d7a30");
				assertThat(TestDataSources.hasTable(context.getBean("todosDataSource", DataSource.class), "todos"))
					.isFalse();
			});
	}

	@Test
	void disabledNamedDataSourceHasNoMigrateBean() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class)
			.withPropertyValues("migrate.datasources.orders.data-source=secondDataSource",
					"migrate.datasources.orders.enabled=false")
			.run((context) -> assertThat(context).getBeans(Migrate.class).containsOnlyKeys("migrate"));
	}

	@Test
	void namedDataSourceThatDoesNotExistFailsStartup() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.datasources.orders.data-source=missingDataSource")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("migrate.datasources.orders migrates the DataSource bean 'missingDataSource'"));
	}

	@Test
	void schemaManagementProviderReportsTheMigratedDataSourceAsManaged() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class)
			.withPropertyValues("migrate.on-startup=none")
			.run((context) -> {
				SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
				assertThat(provider.getSchemaManagement(context.getBean("firstDataSource", DataSource.class)))
					.isEqualTo(SchemaManagement.MANAGED);
				assertThat(provider.getSchemaManagement(context.getBean("secondDataSource", DataSource.class)))
					.isEqualTo(SchemaManagement.UNMANAGED);
			});
	}

	@Test
	void jdbcTemplateAndJdbcClientWaitForTheInitializer() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class))
			.run((context) -> {
				BeanDefinition jdbcTemplate = context.getBeanFactory().getBeanDefinition("jdbcTemplate");
				assertThat(jdbcTemplate.getDependsOn()).contains("migrateInitializer");
				BeanDefinition jdbcClient = context.getBeanFactory().getBeanDefinition("jdbcClient");
				assertThat(jdbcClient.getDependsOn()).contains("migrateInitializer");
			});
	}

	@Test
	void beansThatDependOnDatabaseInitializationWaitForTheInitializer() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class, DatabaseUserConfiguration.class)
			.run((context) -> assertThat(context.getBeanFactory().getBeanDefinition("databaseUser").getDependsOn())
				.contains("migrateInitializer"));
	}

	@Test
	void sqlInitializationScriptsRunAfterTheMigrations() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withConfiguration(AutoConfigurations.of(DataSourceInitializationAutoConfiguration.class))
			.withPropertyValues("spring.sql.init.data-locations=classpath:db/data/todos.sql")
			.run((context) -> assertThat(new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("SELECT priority FROM todos WHERE id = 1", String.class)).isEqualTo("low"));
	}

	@Test
	void invalidValueOfANamedDataSourceFailsStartup() {
		this.contextRunner.withUserConfiguration(TwoDataSourcesConfiguration.class)
			.withPropertyValues("migrate.datasources.orders.on-startup=later")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'migrate.datasources.orders.on-startup'"));
	}

	@Test
	void initializerRunsUnderLazyInitialization() {
		this.contextRunner.withUserConfiguration(DataSourceConfiguration.class)
			.withBean(LazyInitializationBeanFactoryPostProcessor.class)
			.run((context) -> {
				assertThat(context.getBeanFactory().getBeanDefinition("migrateInitializer").isLazyInit()).isFalse();
				assertThat(TestDataSources.versions(context.getBean(DataSource.class))).containsExactly(HEAD);
			});
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = CreateNotes.class)
	static class JavaRevisionsApplication {

	}

	@Configuration(proxyBeanMethods = false)
	static class DataSourceConfiguration {

		@Bean
		DataSource dataSource() {
			return TestDataSources.h2();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSourcesConfiguration {

		@Bean
		@Primary
		DataSource firstDataSource() {
			return TestDataSources.h2();
		}

		@Bean
		DataSource secondDataSource() {
			return TestDataSources.h2();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NoPrimaryDataSourcesConfiguration {

		@Bean
		DataSource todosDataSource() {
			return TestDataSources.h2();
		}

		@Bean
		DataSource ordersDataSource() {
			return TestDataSources.h2();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class QualifiedDataSourceConfiguration {

		@Bean
		@Primary
		DataSource primaryDataSource() {
			return TestDataSources.h2();
		}

		@Bean
		@MigrateDataSource
		DataSource migratedDataSource() {
			return TestDataSources.h2();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class DatabaseUserConfiguration {

		@Bean
		@DependsOnDatabaseInitialization
		String databaseUser() {
			return "reads the database";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RecordingStrategyConfiguration {

		final List<String> migrated = new ArrayList<>();

		@Bean
		MigrateStartupStrategy recordingStrategy() {
			return (migrate) -> this.migrated.add(migrate.name());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(1)
		MigrateCustomizer versionTableCustomizer() {
			return (builder) -> builder.options(builder.options().withVersionTable(TableName.of("customized_version")));
		}

		@Bean
		@Order(2)
		MigrateCustomizer targetCustomizer() {
			return (builder) -> builder.target(BASE);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ListenerConfiguration {

		final List<String> steps = new ArrayList<>();

		@Bean
		MigrationListener recordingListener() {
			return new MigrationListener() {

				@Override
				public void stepCompleted(MigrationStep step, Duration duration) {
					ListenerConfiguration.this.steps.add(step.logLine());
				}

			};
		}

	}

}
