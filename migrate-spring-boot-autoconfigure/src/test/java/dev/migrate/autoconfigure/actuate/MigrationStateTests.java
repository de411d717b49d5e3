package dev.migrate.autoconfigure.actuate;

import org.junit.jupiter.api.Test;

import dev.migrate.revision.Revision;
import dev.migrate.runtime.MigrationFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MigrationState}.
 */
class MigrationStateTests {

	@Test
	void currentAndPendingRevisionsAreReadFromTheSameRows() {
		TestMigrations migrations = TestMigrations.branched("dataSource");
		migrations.upgrade("c3");
		MigrationState state = MigrationState.read(migrations.migrate(), 10);
		assertThat(state.currentRevisions()).containsExactly("c3");
		assertThat(state.pending()).extracting(Revision::id).containsExactly("b2");
		assertThat(state.upToDate()).isFalse();
		assertThat(state.error()).isEmpty();
	}

	@Test
	void branchPointsAreTheRevisionsSeveralRevisionsRevise() {
		MigrationState state = MigrationState.read(TestMigrations.branched("dataSource").migrate(), 10);
		assertThat(state.branchPoints()).extracting(Revision::id).containsExactly("a1");
	}

	@Test
	void lastFailureIsTheNewestHistoryRowWhenItFailed() {
		TestMigrations migrations = TestMigrations.failing("dataSource");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrations.upgrade("head"));
		MigrationState state = MigrationState.read(migrations.migrate(), 10);
		assertThat(state.lastFailure()).hasValueSatisfying((entry) -> assertThat(entry.record().revision()).isEqualTo("f2"));
	}

	@Test
	void lastFailureIsEmptyWhenTheNewestRowSucceeded() {
		TestMigrations migrations = TestMigrations.branched("dataSource");
		migrations.upgrade("heads");
		assertThat(MigrationState.read(migrations.migrate(), 10).lastFailure()).isEmpty();
	}

	@Test
	void lastFailureIsEmptyWithoutHistory() {
		assertThat(MigrationState.read(TestMigrations.branched("dataSource").migrate(), 10).lastFailure()).isEmpty();
	}

	@Test
	void databaseThatCannotBeReadIsNotUpToDateAndKeepsTheHeads() {
		MigrationState state = MigrationState.read(TestMigrations.unreachable("dataSource"), 10);
		assertThat(state.error()).hasValueSatisfying((error) -> assertThat(error).contains("Could not connect"));
		assertThat(state.upToDate()).isFalse();
		assertThat(state.heads()).containsExactly("b2", "c3");
		assertThat(state.history()).isEmpty();
	}

}
