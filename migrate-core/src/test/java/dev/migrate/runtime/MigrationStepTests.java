package dev.migrate.runtime;

import java.util.List;

import dev.migrate.revision.Revision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link MigrationStep}.
 */
class MigrationStepTests {

	private static final Revision TODOS = Revision.of("3512b954651e");

	private static final Revision PRIORITY = Revision.of("1975ea83b712", "3512b954651e");

	@Test
	void upgradeLogsAsAlembicDoes() {
		MigrationStep step = MigrationStep.upgrade(PRIORITY, List.of("3512b954651e"), "Add priority to todos");
		assertThat(step.logLine()).isEqualTo("Running upgrade 3512b954651e -> 1975ea83b712, Add priority to todos");
	}

	@Test
	void downgradeLogsAsAlembicDoes() {
		MigrationStep step = MigrationStep.downgrade(PRIORITY, List.of("3512b954651e"), "Add priority to todos");
		assertThat(step.logLine()).isEqualTo("Running downgrade 1975ea83b712 -> 3512b954651e, Add priority to todos");
	}

	@Test
	void upgradeOfABaseLogsAnEmptyFromSide() {
		MigrationStep step = MigrationStep.upgrade(TODOS, List.of(), "Create todos");
		assertThat(step.logLine()).isEqualTo("Running upgrade  -> 3512b954651e, Create todos");
	}

	@Test
	void downgradeOfABaseLogsAnEmptyToSide() {
		MigrationStep step = MigrationStep.downgrade(TODOS, List.of(), "Create todos");
		assertThat(step.logLine()).isEqualTo("Running downgrade 3512b954651e -> , Create todos");
	}

	@Test
	void mergeListsItsParents() {
		Revision merge = Revision.of("c", "a", "b");
		assertThat(MigrationStep.upgrade(merge, List.of("a", "b"), "Merge").logLine())
			.isEqualTo("Running upgrade a, b -> c, Merge");
		assertThat(MigrationStep.downgrade(merge, List.of("a", "b"), "Merge").logLine())
			.isEqualTo("Running downgrade c -> a, b, Merge");
	}

	@Test
	void dependenciesMoveRowsButAreNotLogged() {
		Revision billing = new Revision("bill0001", List.of(), List.of(), List.of("core0002"), "");
		MigrationStep step = MigrationStep.upgrade(billing, List.of("core0002"), "Billing");
		assertThat(step.fromRevisions()).containsExactly("core0002");
		assertThat(step.logLine()).isEqualTo("Running upgrade  -> bill0001, Billing");
	}

	@Test
	void stepWithoutMessageEndsAfterItsRevisions() {
		MigrationStep step = MigrationStep.upgrade(PRIORITY, List.of("3512b954651e"), "");
		assertThat(step.logLine()).isEqualTo("Running upgrade 3512b954651e -> 1975ea83b712");
	}

	@Test
	void shortLogLineLeavesTheMessageOut() {
		MigrationStep step = MigrationStep.upgrade(PRIORITY, List.of("3512b954651e"), "Add priority to todos");
		assertThat(step.shortLogLine()).isEqualTo("Running upgrade 3512b954651e -> 1975ea83b712");
	}

	@Test
	void stampLogsAsStampRevision() {
		assertThat(MigrationStep.stamp(List.of("a"), List.of("b"), true).logLine())
			.isEqualTo("Running stamp_revision a -> b");
		assertThat(MigrationStep.stamp(List.of(), List.of("b"), true).logLine())
			.isEqualTo("Running stamp_revision  -> b");
		assertThat(MigrationStep.stamp(List.of("a"), List.of(), false).logLine())
			.isEqualTo("Running stamp_revision a -> ");
		assertThat(MigrationStep.stamp(List.of("a", "b"), List.of("c"), false).logLine())
			.isEqualTo("Running stamp_revision a, b -> c");
	}

	@Test
	void stampRunsNoRevision() {
		MigrationStep step = MigrationStep.stamp(List.of("a"), List.of("b"), false);
		assertThat(step.direction()).isEqualTo(StepDirection.STAMP);
		assertThat(step.revision()).isEmpty();
		assertThat(step.upward()).isFalse();
	}

	@Test
	void upgradeMovesUpToItsRevision() {
		MigrationStep step = MigrationStep.upgrade(PRIORITY, List.of("3512b954651e"), "m");
		assertThat(step.direction()).isEqualTo(StepDirection.UPGRADE);
		assertThat(step.upward()).isTrue();
		assertThat(step.revision()).contains(PRIORITY);
		assertThat(step.toRevisions()).containsExactly("1975ea83b712");
	}

	@Test
	void partsThatContradictTheDirectionAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MigrationStep(StepDirection.UPGRADE, true,
				java.util.Optional.of(PRIORITY), List.of(), List.of("other"), ""));
		assertThatIllegalArgumentException().isThrownBy(() -> new MigrationStep(StepDirection.DOWNGRADE, true,
				java.util.Optional.of(PRIORITY), List.of("1975ea83b712"), List.of(), ""));
		assertThatIllegalArgumentException().isThrownBy(() -> MigrationStep.stamp(List.of(), List.of(), true));
		assertThatIllegalArgumentException().isThrownBy(() -> MigrationStep.stamp(List.of("a", "b"), List.of(), false));
	}

}
