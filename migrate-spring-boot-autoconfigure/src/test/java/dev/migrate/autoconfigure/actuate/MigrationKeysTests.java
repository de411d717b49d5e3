package dev.migrate.autoconfigure.actuate;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.autoconfigure.Migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for {@link MigrationKeys}.
 */
class MigrationKeysTests {

	@Test
	void migrationsAreKeyedByTheirDataSourceInOrder() {
		Migrate reporting = TestMigrations.untouched("reporting");
		Migrate primary = TestMigrations.untouched("primary");
		assertThat(MigrationKeys.byDataSource(List.of(reporting, primary))).containsExactly(
				entry("reporting", reporting),
				entry("primary", primary));
	}

	@Test
	void migrationsSharingADataSourceAreToldApartByName() {
		Migrate first = TestMigrations.untouched("dataSource");
		Migrate second = Migrate.builder("audit", first.dataSource()).dataSourceName("dataSource").build();
		Migrate other = TestMigrations.untouched("other");
		assertThat(MigrationKeys.byDataSource(List.of(first, second, other))).containsOnlyKeys("dataSource/dataSource",
				"dataSource/audit", "other");
	}

}
