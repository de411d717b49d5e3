package dev.migrate.runtime;

import java.util.List;
import java.util.Set;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runtime.VersionRowChange.Delete;
import dev.migrate.runtime.VersionRowChange.Insert;
import dev.migrate.runtime.VersionRowChange.Update;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link VersionRows}.
 */
class VersionRowsTests {

	/** A fork (left, rght), a merge of both, and a root of its own. */
	private static final RevisionGraph FORK = RevisionGraph.of(List.of(Revision.of("root"), Revision.of("left", "root"),
			Revision.of("rght", "root"), Revision.of("mrge", "left", "rght"), Revision.of("solo")));

	private final VersionRows rows = new VersionRows(FORK);

	@Test
	void upgradeUpdatesTheRowOfItsDownRevision() {
		PlannedStep step = this.rows.apply(List.of("root"), upgrade(FORK, "left"));
		assertThat(step.rowChanges()).containsExactly(new Update("root", "left"));
		assertThat(step.rowsAfter()).containsExactly("left");
	}

	@Test
	void upgradeOfABaseInsertsARow() {
		PlannedStep step = this.rows.apply(List.of("left"), upgrade(FORK, "solo"));
		assertThat(step.rowChanges()).containsExactly(new Insert("solo"));
		assertThat(step.rowsAfter()).containsExactly("left", "solo");
	}

	@Test
	void upgradeIntoASecondBranchInsertsARowWhenItsParentRowIsGone() {
		PlannedStep step = this.rows.apply(List.of("left"), upgrade(FORK, "rght"));
		assertThat(step.rowChanges()).containsExactly(new Insert("rght"));
		assertThat(step.rowsAfter()).containsExactly("left", "rght");
	}

	@Test
	void mergeDeletesAllRowsButTheLastParentsAndUpdatesThatOne() {
		PlannedStep step = this.rows.apply(List.of("rght", "solo", "left"), upgrade(FORK, "mrge"));
		assertThat(step.rowChanges()).containsExactly(new Delete("left"), new Update("rght", "mrge"));
		assertThat(step.rowsAfter()).containsExactly("mrge", "solo");
	}

	@Test
	void downgradeOfABaseDeletesItsRow() {
		PlannedStep step = this.rows.apply(List.of("solo", "left"), downgrade(FORK, "solo"));
		assertThat(step.rowChanges()).containsExactly(new Delete("solo"));
		assertThat(step.rowsAfter()).containsExactly("left");
	}

	@Test
	void downgradeDeletesABranchWhoseParentIsBelowAnotherRow() {
		PlannedStep step = this.rows.apply(List.of("left", "rght"), downgrade(FORK, "left"));
		assertThat(step.rowChanges()).containsExactly(new Delete("left"));
		assertThat(step.rowsAfter()).containsExactly("rght");
	}

	@Test
	void downgradeUpdatesToItsParentOnTheLastBranch() {
		PlannedStep step = this.rows.apply(List.of("rght"), downgrade(FORK, "rght"));
		assertThat(step.rowChanges()).containsExactly(new Update("rght", "root"));
		assertThat(step.rowsAfter()).containsExactly("root");
	}

	@Test
	void undoingAMergeInsertsTheFirstParentsAndUpdatesToTheLast() {
		PlannedStep step = this.rows.apply(List.of("mrge", "solo"), downgrade(FORK, "mrge"));
		assertThat(step.rowChanges()).containsExactly(new Insert("left"), new Update("mrge", "rght"));
		assertThat(step.rowsAfter()).containsExactly("rght", "solo", "left");
	}

	@Test
	void undoingAMergeGivesNoRowToAParentThatIsAnAncestorOfTheOther() {
		// sqlalchemy/alembic#1373: 1.8.1 restored both parents
		RevisionGraph graph = RevisionGraph.of(
				List.of(Revision.of("a"), Revision.of("b", "a"), Revision.of("m", "a", "b"), Revision.of("z", "m")));
		PlannedStep step = new VersionRows(graph).apply(List.of("m"), downgrade(graph, "m"));
		assertThat(step.rowChanges()).containsExactly(new Update("m", "b"));
		assertThat(step.rowsAfter()).containsExactly("b");
	}

	@Test
	void undoingAMergeGivesNoRowToAParentThatAnotherParentDependsOn() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"),
				new Revision("b", List.of(), List.of(), List.of("a"), ""), Revision.of("c"), Revision.of("m", "a", "b", "c")));
		PlannedStep step = new VersionRows(graph).apply(List.of("m"), downgrade(graph, "m"));
		assertThat(step.rowChanges()).containsExactly(new Insert("b"), new Update("m", "c"));
		assertThat(step.rowsAfter()).containsExactly("c", "b");
	}

	@Test
	void undoingAMergeGivesNoRowToAParentBelowAnotherRow() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("root"), Revision.of("a", "root"), Revision.of("b", "root"),
				Revision.of("m", "a", "b"), Revision.of("c", "a")));
		PlannedStep step = new VersionRows(graph).apply(List.of("m", "c"), downgrade(graph, "m"));
		assertThat(step.rowChanges()).containsExactly(new Update("m", "b"));
		assertThat(step.rowsAfter()).containsExactly("b", "c");
	}

	@Test
	void mergeThroughAParentImpliedByAnotherParentUpdatesOnlyTheRowsPresent() {
		// Alembic fails here with KeyError: the merge's dependency da01 has no row of its own
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("da00"), Revision.of("da01", "da00"),
				Revision.of("da02", "da01"), Revision.of("db00"),
				new Revision("dm00", List.of("da02", "db00"), List.of(), List.of("da01"), "")));
		MigrationStep merge = upgrade(graph, "dm00");
		assertThat(merge.fromRevisions()).containsExactly("da02", "db00", "da01");
		PlannedStep step = new VersionRows(graph).apply(List.of("da02", "db00"), merge);
		assertThat(step.rowChanges()).containsExactly(new Delete("da02"), new Update("db00", "dm00"));
		assertThat(step.rowsAfter()).containsExactly("dm00");
	}

	@Test
	void mergeMissingAParentRowThatNothingImpliesIsAMismatch() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b"), Revision.of("c"),
				Revision.of("m", "a", "b", "c")));
		assertThatExceptionOfType(VersionTableMismatchException.class)
			.isThrownBy(() -> new VersionRows(graph).apply(List.of("a", "b"), upgrade(graph, "m")))
			.withMessageContaining("no row holds c")
			.satisfies(ex -> assertThat(ex.revision()).isEqualTo("m"))
			.satisfies(ex -> assertThat(ex.rows()).containsExactly("a", "b"));
	}

	@Test
	void upgradeOfARevisionAlreadyInTheTableIsAMismatch() {
		assertThatExceptionOfType(VersionTableMismatchException.class)
			.isThrownBy(() -> this.rows.apply(List.of("solo"), upgrade(FORK, "solo")))
			.withMessageStartingWith("Running upgrade  -> solo: Cannot add a row for solo: the version table already holds it")
			.withMessageContaining("(version table: solo)");
	}

	@Test
	void downgradeOfARevisionNotInTheTableIsAMismatch() {
		assertThatExceptionOfType(VersionTableMismatchException.class)
			.isThrownBy(() -> this.rows.apply(List.of("rght"), downgrade(FORK, "left")))
			.withMessageContaining("does not hold left")
			.satisfies(ex -> assertThat(ex.revision()).isEqualTo("left"));
	}

	@Test
	void downgradeOfAMergeNotInTheTableIsAMismatch() {
		assertThatExceptionOfType(VersionTableMismatchException.class)
			.isThrownBy(() -> this.rows.apply(List.of("left", "rght"), downgrade(FORK, "mrge")))
			.withMessageContaining("Cannot downgrade mrge: no row holds it");
	}

	@Test
	void mismatchReportsTheRowsBeforeTheStep() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a"), Revision.of("b"), Revision.of("m", "a", "b")));
		assertThatExceptionOfType(VersionTableMismatchException.class)
			.isThrownBy(() -> new VersionRows(graph).apply(List.of("a", "b", "m"), upgrade(graph, "m")))
			.satisfies(ex -> assertThat(ex.rows()).containsExactly("a", "b", "m"));
	}

	@Test
	void stampToBaseDeletesTheRow() {
		PlannedStep step = this.rows.apply(List.of("left", "solo"), MigrationStep.stamp(List.of("left"), List.of(), false));
		assertThat(step.rowChanges()).containsExactly(new Delete("left"));
		assertThat(step.rowsAfter()).containsExactly("solo");
	}

	@Test
	void stampOfANewBranchInsertsTheRow() {
		PlannedStep step = this.rows.apply(List.of("left"), MigrationStep.stamp(List.of(), List.of("solo"), true));
		assertThat(step.rowChanges()).containsExactly(new Insert("solo"));
	}

	@Test
	void stampOfSeveralRowsDeletesAllButTheLastAndUpdatesIt() {
		PlannedStep step = this.rows.apply(List.of("left", "rght"),
				MigrationStep.stamp(List.of("left", "rght"), List.of("root"), false));
		assertThat(step.rowChanges()).containsExactly(new Delete("left"), new Update("rght", "root"));
		assertThat(step.rowsAfter()).containsExactly("root");
	}

	@Test
	void stampWhoseRowsAnEarlierTargetMovedInsertsItsTarget() {
		// stamp left rght from base: the first target took the row of base
		List<PlannedStep> steps = this.rows.applyAll(List.of("root"), List.of(
				MigrationStep.stamp(List.of("root"), List.of("left"), true),
				MigrationStep.stamp(List.of("root"), List.of("rght"), true)));
		assertThat(steps.get(0).rowChanges()).containsExactly(new Update("root", "left"));
		assertThat(steps.get(1).rowChanges()).containsExactly(new Insert("rght"));
		assertThat(steps.get(1).rowsAfter()).containsExactly("left", "rght");
	}

	@Test
	void stampDownWhoseRowAnEarlierTargetMovedInsertsItsTarget() {
		// stamp left rght from mrge: Alembic fails on the second target with KeyError
		List<PlannedStep> steps = this.rows.applyAll(List.of("mrge"), List.of(
				MigrationStep.stamp(List.of("mrge"), List.of("left"), false),
				MigrationStep.stamp(List.of("mrge"), List.of("rght"), false)));
		assertThat(steps.get(1).rowChanges()).containsExactly(new Insert("rght"));
		assertThat(steps.get(1).rowsAfter()).containsExactly("left", "rght");
	}

	@Test
	void applyAllChainsTheRowsFromStepToStep() {
		List<PlannedStep> steps = this.rows.applyAll(Set.of(),
				List.of(upgrade(FORK, "root"), upgrade(FORK, "left"), upgrade(FORK, "rght"), upgrade(FORK, "mrge")));
		assertThat(steps).extracting(PlannedStep::rowsAfter)
			.containsExactly(Set.of("root"), Set.of("left"), Set.of("left", "rght"), Set.of("mrge"));
	}

	@Test
	void rowChangesReadAsSql() {
		assertThat(List.of(new Insert("a"), new Delete("b"), new Update("c", "d")).toString())
			.isEqualTo("[insert a, delete b, update c -> d]");
	}

	private static MigrationStep upgrade(RevisionGraph graph, String id) {
		return MigrationStep.upgrade(graph.get(id), new Lineage(graph).normalizedDown(id), "");
	}

	private static MigrationStep downgrade(RevisionGraph graph, String id) {
		return MigrationStep.downgrade(graph.get(id), new Lineage(graph).normalizedDown(id), "");
	}

}
