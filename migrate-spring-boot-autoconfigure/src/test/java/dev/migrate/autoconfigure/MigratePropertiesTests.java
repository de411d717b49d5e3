package dev.migrate.autoconfigure;

import java.util.List;

import dev.migrate.runtime.MigrationOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateProperties}.
 */
class MigratePropertiesTests {

	@Test
	void defaultsMatchTheEngineDefaults() {
		MigrateProperties properties = new MigrateProperties();
		MigrationOptions defaults = MigrationOptions.defaults();
		assertThat(properties.getVersionTable()).isEqualTo(defaults.versionTable().toString());
		assertThat(properties.getHistoryTable()).isEqualTo(defaults.historyTable().toString());
		assertThat(properties.getTransactionMode()).isEqualTo(defaults.transactionMode());
		assertThat(properties.getLockTimeout()).isEqualTo(defaults.lockTimeout());
	}

	@Test
	void defaultsUpgradeToHeadFromTheDefaultLocation() {
		MigrateProperties properties = new MigrateProperties();
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getOnStartup()).isEqualTo(StartupAction.UPGRADE);
		assertThat(properties.getTarget()).isEqualTo("head");
		assertThat(properties.getLocations()).isEqualTo(List.of("classpath:db/migrate"));
		assertThat(properties.isValidateChecksums()).isTrue();
		assertThat(properties.getDatasources()).isEmpty();
	}

	@Test
	void namedDataSourceSettingsAreUnsetByDefault() {
		MigrateProperties.DataSourceMigration migration = new MigrateProperties.DataSourceMigration();
		assertThat(migration.isEnabled()).isTrue();
		assertThat(migration.getDataSource()).isNull();
		assertThat(migration.getLocations()).isEmpty();
		assertThat(migration.getTarget()).isNull();
		assertThat(migration.getOnStartup()).isNull();
	}

}
