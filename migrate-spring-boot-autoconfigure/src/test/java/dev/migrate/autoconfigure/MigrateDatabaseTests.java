package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateAutoConfiguration} on every database the harness provides.
 */
class MigrateDatabaseTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class));

	@DatabaseTest
	void upgradesTheDatabaseAtStartup(TestDatabase database) {
		this.contextRunner.withBean(DataSource.class, database::dataSource).run((context) -> {
			Migrate migrate = context.getBean(Migrate.class);
			assertThat(migrate.currentRevisions()).containsExactly("1975ea83b712");
			assertThat(migrate.isUpToDate()).isTrue();
			assertThat(migrate.recentHistory(10)).hasSize(2);
		});
	}

	@DatabaseTest
	void validateListsThePendingRevisionsAndStartsOnceUpgraded(TestDatabase database) {
		this.contextRunner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrate.on-startup=validate")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(MigrateValidationException.class)
				.hasMessageContaining("3512b954651e (Create todos), 1975ea83b712 (Add priority to todos)"));
		this.contextRunner.withBean(DataSource.class, database::dataSource).run((context) -> assertThat(context).hasNotFailed());
		this.contextRunner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrate.on-startup=validate")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@DatabaseTest
	void namedDataSourcesAreMigratedIndependently(TestDatabase first, TestDatabase second) {
		this.contextRunner.withBean("firstDataSource", DataSource.class, first::dataSource, (definition) -> definition.setPrimary(true))
			.withBean("ordersDataSource", DataSource.class, second::dataSource)
			.withPropertyValues("migrate.datasources.orders.data-source=ordersDataSource")
			.run((context) -> {
				assertThat(context.getBean("migrate", Migrate.class).currentRevisions()).containsExactly("1975ea83b712");
				assertThat(context.getBean("ordersMigrate", Migrate.class).currentRevisions())
					.containsExactly("9c2f4e1d7a30");
			});
	}

}
