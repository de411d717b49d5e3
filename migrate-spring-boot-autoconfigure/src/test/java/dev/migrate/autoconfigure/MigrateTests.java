package dev.migrate.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import dev.migrate.revision.Revision;
import dev.migrate.runtime.MigrationResult;
import dev.migrate.script.Location;
import dev.migrate.script.MigrationScript;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Migrate}.
 */
class MigrateTests {

	private final DataSource dataSource = TestDataSources.h2();

	@Test
	void buildingTouchesNeitherTheDatabaseNorTheScripts() {
		Migrate migrate = Migrate.builder("default", this.dataSource)
			.locations(List.of(Location.parse("classpath:db/nowhere")))
			.build();
		assertThat(migrate.name()).isEqualTo("default");
		assertThat(migrate.dataSourceName()).isEqualTo("default");
		assertThat(migrate.startupAction()).isEqualTo(StartupAction.UPGRADE);
	}

	@Test
	void headsAreTheGraphsHeads() {
		assertThat(migrate().heads()).extracting(Revision::id).containsExactly("1975ea83b712");
	}

	@Test
	void branchesAreEmptyForALinearHistory() {
		assertThat(migrate().branches()).isEmpty();
	}

	@Test
	void pendingScriptsAreThoseAnUpgradeWouldRun() {
		Migrate migrate = migrate();
		assertThat(migrate.pendingScripts()).extracting(MigrationScript::id)
			.containsExactly("3512b954651e", "1975ea83b712");
		assertThat(migrate.isUpToDate()).isFalse();
	}

	@Test
	void upgradeRunsToTheTarget() {
		Migrate migrate = Migrate.builder("default", this.dataSource).target("3512b954651e").build();
		MigrationResult result = migrate.upgrade();
		assertThat(result.rowsAfter()).containsExactly("3512b954651e");
		assertThat(migrate.isUpToDate()).isTrue();
		assertThat(migrate.pendingScripts()).isEmpty();
	}

	@Test
	void upgradeRecordsHistory() {
		Migrate migrate = migrate();
		migrate.upgrade();
		assertThat(migrate.recentHistory(1)).singleElement()
			.satisfies((entry) -> assertThat(entry.record().revision()).isEqualTo("1975ea83b712"));
	}

	@Test
	void validateFailsListingThePendingRevisions() {
		Migrate migrate = migrate();
		assertThatExceptionOfType(MigrateValidationException.class).isThrownBy(migrate::validate)
			.satisfies((ex) -> assertThat(ex.pendingRevisions()).containsExactly("3512b954651e", "1975ea83b712"))
			.withMessageContaining("migrate upgrade head");
		assertThat(migrate.lastFailure()).containsInstanceOf(MigrateValidationException.class);
	}

	@Test
	void validatePassesAtTheTargetAndClearsTheLastFailure() {
		Migrate migrate = migrate();
		assertThatExceptionOfType(MigrateValidationException.class).isThrownBy(migrate::validate);
		migrate.upgrade();
		migrate.validate();
		assertThat(migrate.lastFailure()).isEmpty();
	}

	@Test
	void startupActionNoneDoesNothing() {
		Migrate migrate = Migrate.builder("default", this.dataSource).startupAction(StartupAction.NONE).build();
		migrate.runStartupAction();
		assertThat(migrate.currentRevisions()).isEmpty();
	}

	private Migrate migrate() {
		return Migrate.builder("default", this.dataSource).build();
	}

}
