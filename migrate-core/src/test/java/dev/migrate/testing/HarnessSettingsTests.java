package dev.migrate.testing;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link HarnessSettings}.
 */
class HarnessSettingsTests {

	@Test
	void databasesMayBeSkippedByDefault() {
		assertThat(settings(Map.of()).requirement()).isEmpty();
	}

	@Test
	void requireDatabasesTrueRequiresThem() {
		assertThat(settings(Map.of("MIGRATE_TEST_REQUIRE_DATABASES", "TRUE")).requirement())
			.hasValue("MIGRATE_TEST_REQUIRE_DATABASES=true");
	}

	@Test
	void ciTrueRequiresThem() {
		assertThat(settings(Map.of("CI", "true")).requirement()).hasValue("CI=true");
	}

	@Test
	void ciWithAnotherValueDoesNotRequireThem() {
		assertThat(settings(Map.of("CI", "1")).requirement()).isEmpty();
	}

	@Test
	void requireDatabasesFalseOverridesCi() {
		assertThat(settings(Map.of("CI", "true", "MIGRATE_TEST_REQUIRE_DATABASES", "false")).requirement()).isEmpty();
	}

	@Test
	void anEmptyValueIsSet() {
		assertThat(settings(Map.of("MIGRATE_TEST_MARIADB_PASSWORD", "")).get("MIGRATE_TEST_MARIADB_PASSWORD"))
			.hasValue("");
	}

	private static HarnessSettings settings(Map<String, String> environment) {
		return new HarnessSettings(environment::get);
	}

}
