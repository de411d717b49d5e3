package dev.migrate.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.migrate.revision.MultipleHeadsException;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.revision.RevisionNotFoundException;
import dev.migrate.runtime.VersionRowChange.Delete;
import dev.migrate.runtime.VersionRowChange.Insert;
import dev.migrate.runtime.VersionRowChange.Update;
import dev.migrate.script.Location;
import dev.migrate.script.ScriptDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MigrationPlanner}.
 */
class MigrationPlannerTests {

	private static final RevisionGraph LINE = RevisionGraph.of(
			List.of(Revision.of("aaa1"), Revision.of("aaa2", "aaa1"), Revision.of("aaa3", "aaa2")));

	private static final Map<String, String> LINE_MESSAGES = Map.of("aaa1", "Create todos", "aaa2", "Add priority",
			"aaa3", "");

	/** A root forking into two labelled branches, and a second root. */
	private static final RevisionGraph FORK = RevisionGraph.of(List.of(Revision.of("root"),
			new Revision("left", List.of("root"), List.of("lefty"), List.of(), ""), Revision.of("rght", "root"),
			Revision.of("solo")));

	private final MigrationPlanner line = new MigrationPlanner(LINE, LINE_MESSAGES::get);

	private final MigrationPlanner fork = new MigrationPlanner(FORK, id -> "Revision " + id);

	@Test
	void upgradePlansEveryRevisionWithItsMessage() {
		MigrationPlan plan = this.line.upgrade(List.of(), "head");
		assertThat(logLines(plan)).containsExactly("Running upgrade  -> aaa1, Create todos",
				"Running upgrade aaa1 -> aaa2, Add priority", "Running upgrade aaa2 -> aaa3");
		assertThat(plan.steps()).extracting(PlannedStep::rowChanges)
			.containsExactly(List.of(new Insert("aaa1")), List.of(new Update("aaa1", "aaa2")),
					List.of(new Update("aaa2", "aaa3")));
		assertThat(plan.rowsBefore()).isEmpty();
		assertThat(plan.rowsAfter()).containsExactly("aaa3");
	}

	@Test
	void upgradeAtTheTargetPlansNothing() {
		MigrationPlan plan = this.line.upgrade(List.of("aaa3"), "heads");
		assertThat(plan.isEmpty()).isTrue();
		assertThat(plan.rowsAfter()).containsExactly("aaa3");
	}

	@Test
	void upgradeCountsRelativeTargetsFromTheCurrentRows() {
		assertThat(logLines(this.line.upgrade(List.of("aaa1"), "+1")))
			.containsExactly("Running upgrade aaa1 -> aaa2, Add priority");
	}

	@Test
	void downgradeRevertsNewestFirst() {
		MigrationPlan plan = this.line.downgrade(List.of("aaa3"), "base");
		assertThat(logLines(plan)).containsExactly("Running downgrade aaa3 -> aaa2",
				"Running downgrade aaa2 -> aaa1, Add priority", "Running downgrade aaa1 -> , Create todos");
		assertThat(plan.steps().get(2).rowChanges()).containsExactly(new Delete("aaa1"));
		assertThat(plan.rowsAfter()).isEmpty();
	}

	@Test
	void downgradeCountsRelativeTargetsFromTheCurrentRows() {
		assertThat(logLines(this.line.downgrade(List.of("aaa2"), "-1")))
			.containsExactly("Running downgrade aaa2 -> aaa1, Add priority");
	}

	@Test
	void branchesGetARowEach() {
		MigrationPlan plan = this.fork.upgrade(List.of(), "heads");
		assertThat(logLines(plan)).containsExactly("Running upgrade  -> solo, Revision solo",
				"Running upgrade  -> root, Revision root", "Running upgrade root -> rght, Revision rght",
				"Running upgrade root -> left, Revision left");
		assertThat(plan.steps()).extracting(PlannedStep::rowChanges)
			.containsExactly(List.of(new Insert("solo")), List.of(new Insert("root")), List.of(new Update("root", "rght")),
					List.of(new Insert("left")));
		assertThat(plan.rowsAfter()).containsExactly("solo", "rght", "left");
	}

	@Test
	void rowUnknownToTheScriptsIsRefusedBeforePlanning() {
		assertThatExceptionOfType(UnknownVersionException.class)
			.isThrownBy(() -> this.line.upgrade(List.of("aaa2", "f00d"), "head"))
			.withMessageStartingWith("The version table holds revision 'f00d', which no script defines "
					+ "(version table: aaa2, f00d)")
			.isInstanceOf(RevisionNotFoundException.class)
			.satisfies(ex -> assertThat(ex.identifier()).isEqualTo("f00d"))
			.satisfies(ex -> assertThat(ex.rows()).containsExactly("aaa2", "f00d"));
		assertThatExceptionOfType(UnknownVersionException.class)
			.isThrownBy(() -> this.line.downgrade(List.of("f00d"), "base"));
		assertThatExceptionOfType(UnknownVersionException.class)
			.isThrownBy(() -> this.line.stamp(List.of("f00d"), List.of("aaa1"), false));
	}

	@Test
	void rowHoldingOnlyAPrefixIsUnknown() {
		assertThatExceptionOfType(UnknownVersionException.class)
			.isThrownBy(() -> this.line.upgrade(List.of("aaa"), "head"));
	}

	@Test
	void rangeIsRefusedOnline() {
		assertThatExceptionOfType(InvalidRangeException.class)
			.isThrownBy(() -> this.line.upgrade(List.of(), "aaa1:aaa3"))
			.withMessageContaining("are for offline runs (--sql)");
		assertThatExceptionOfType(InvalidRangeException.class).isThrownBy(() -> this.line.downgrade(List.of(), "aaa3:aaa1"));
		assertThatExceptionOfType(InvalidRangeException.class)
			.isThrownBy(() -> this.line.stamp(List.of(), List.of("aaa1:aaa2"), false));
	}

	// ---------------------------------------------------------------- offline

	@Test
	void offlineUpgradeStartsFromTheStartOfItsRange() {
		MigrationPlan plan = this.line.offlineUpgrade("aaa1:aaa3");
		assertThat(plan.rowsBefore()).containsExactly("aaa1");
		assertThat(logLines(plan)).containsExactly("Running upgrade aaa1 -> aaa2, Add priority",
				"Running upgrade aaa2 -> aaa3");
	}

	@Test
	void offlineUpgradeWithoutStartBeginsAtBase() {
		for (String range : List.of("aaa2", ":aaa2", "base:aaa2")) {
			MigrationPlan plan = this.line.offlineUpgrade(range);
			assertThat(plan.rowsBefore()).as(range).isEmpty();
			assertThat(plan.steps()).as(range).hasSize(2);
		}
	}

	@Test
	void offlineRangeStartMayBeAPrefixOrSymbol() {
		assertThat(this.line.offlineUpgrade("aaa2:head").rowsBefore()).containsExactly("aaa2");
		assertThat(this.line.startingRows("head")).containsExactly("aaa3");
		assertThat(this.line.startingRows(" base ")).isEmpty();
		assertThat(this.line.startingRows("")).isEmpty();
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> this.fork.startingRows("heads"));
	}

	@Test
	void offlineDowngradeStartsFromTheStartOfItsRange() {
		MigrationPlan plan = this.line.offlineDowngrade("aaa3:aaa1");
		assertThat(plan.rowsBefore()).containsExactly("aaa3");
		assertThat(logLines(plan)).containsExactly("Running downgrade aaa3 -> aaa2",
				"Running downgrade aaa2 -> aaa1, Add priority");
	}

	@Test
	void offlineDowngradeNeedsARange() {
		assertThatExceptionOfType(InvalidRangeException.class).isThrownBy(() -> this.line.offlineDowngrade("base"))
			.withMessageStartingWith("downgrade with --sql requires <fromrev>:<torev>");
	}

	@Test
	void malformedRangesAreRefused() {
		assertThatExceptionOfType(InvalidRangeException.class).isThrownBy(() -> this.line.offlineUpgrade("aaa1:aaa2:aaa3"))
			.withMessageContaining("more than one ':'");
		assertThatExceptionOfType(InvalidRangeException.class).isThrownBy(() -> this.line.offlineUpgrade("aaa1:"))
			.withMessageContaining("names no target");
	}

	@Test
	void offlineStampStartsFromTheStartItsTargetsShare() {
		MigrationPlan plan = this.line.offlineStamp(List.of("aaa1:aaa3"));
		assertThat(plan.rowsBefore()).containsExactly("aaa1");
		assertThat(logLines(plan)).containsExactly("Running stamp_revision aaa1 -> aaa3");
		assertThat(this.line.offlineStamp(List.of("aaa3")).rowsBefore()).isEmpty();
		assertThatExceptionOfType(InvalidRangeException.class)
			.isThrownBy(() -> this.fork.offlineStamp(List.of("root:left", "solo:rght")))
			.withMessageContaining("single starting revision");
	}

	// ---------------------------------------------------------------- stamp

	@Test
	void stampMovesTheRowUpOrDownItsBranch() {
		MigrationPlan up = this.line.stamp(List.of("aaa1"), List.of("aaa3"), false);
		assertThat(logLines(up)).containsExactly("Running stamp_revision aaa1 -> aaa3");
		assertThat(up.steps().get(0).step().upward()).isTrue();
		assertThat(up.steps().get(0).rowChanges()).containsExactly(new Update("aaa1", "aaa3"));
		MigrationPlan down = this.line.stamp(List.of("aaa3"), List.of("aaa1"), false);
		assertThat(down.steps().get(0).step().upward()).isFalse();
		assertThat(down.rowsAfter()).containsExactly("aaa1");
	}

	@Test
	void stampOfARevisionAlreadyInTheTableChangesNothing() {
		assertThat(this.fork.stamp(List.of("left", "rght"), List.of("left"), false).isEmpty()).isTrue();
	}

	@Test
	void stampToBaseRemovesEveryRow() {
		MigrationPlan plan = this.fork.stamp(List.of("left", "solo"), List.of("base"), false);
		assertThat(logLines(plan)).containsExactly("Running stamp_revision left -> ", "Running stamp_revision solo -> ");
		assertThat(plan.rowsAfter()).isEmpty();
		assertThat(this.fork.stamp(List.of("left", "solo"), List.of(), false).rowsAfter()).isEmpty();
	}

	@Test
	void stampToTheBaseOfABranchRemovesOnlyThatBranchsRow() {
		MigrationPlan plan = this.fork.stamp(List.of("left", "solo"), List.of("lefty@base"), false);
		assertThat(logLines(plan)).containsExactly("Running stamp_revision left -> ");
		assertThat(plan.rowsAfter()).containsExactly("solo");
	}

	@Test
	void stampOfAnUnrelatedRevisionStartsABranch() {
		MigrationPlan plan = this.fork.stamp(List.of("left"), List.of("rght"), false);
		assertThat(logLines(plan)).containsExactly("Running stamp_revision  -> rght");
		assertThat(plan.steps().get(0).rowChanges()).containsExactly(new Insert("rght"));
		assertThat(plan.rowsAfter()).containsExactly("left", "rght");
	}

	@Test
	void stampDownToABranchPointMergesTheBranchRows() {
		MigrationPlan plan = this.fork.stamp(List.of("left", "rght", "solo"), List.of("root"), false);
		assertThat(logLines(plan)).containsExactly("Running stamp_revision left, rght -> root");
		assertThat(plan.steps().get(0).rowChanges()).containsExactly(new Delete("left"), new Update("rght", "root"));
		assertThat(plan.rowsAfter()).containsExactly("root", "solo");
	}

	@Test
	void stampOfSeveralTargetsFromTheirCommonAncestorGivesEachARow() {
		MigrationPlan plan = this.fork.stamp(List.of("root"), List.of("heads"), false);
		assertThat(logLines(plan)).containsExactly("Running stamp_revision root -> left", "Running stamp_revision root -> rght",
				"Running stamp_revision  -> solo");
		assertThat(plan.steps().get(1).rowChanges()).containsExactly(new Insert("rght"));
		assertThat(plan.rowsAfter()).containsExactly("left", "rght", "solo");
	}

	@Test
	void stampOfTheTwoParentsOfAMergeFromTheMergeGivesEachARow() {
		// Alembic 1.8.1 fails on the second target with KeyError
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("b0"), Revision.of("pa", "b0"), Revision.of("pb", "b0"),
				Revision.of("mm", "pa", "pb")));
		MigrationPlan plan = new MigrationPlanner(graph, id -> "").stamp(List.of("mm"), List.of("pa", "pb"), false);
		assertThat(logLines(plan)).containsExactly("Running stamp_revision mm -> pa", "Running stamp_revision mm -> pb");
		assertThat(plan.rowsAfter()).containsExactly("pa", "pb");
	}

	@Test
	void revisionNamedTwiceIsStampedOnce() {
		MigrationPlan plan = this.line.stamp(List.of("aaa1"), List.of("aaa3", "aaa3"), false);
		assertThat(logLines(plan)).containsExactly("Running stamp_revision aaa1 -> aaa3");
	}

	@Test
	void purgeIgnoresTheCurrentRows() {
		MigrationPlan plan = this.line.stamp(List.of("f00d"), List.of("aaa2"), true);
		assertThat(plan.purge()).isTrue();
		assertThat(plan.rowsBefore()).isEmpty();
		assertThat(logLines(plan)).containsExactly("Running stamp_revision  -> aaa2");
		MigrationPlan toBase = this.line.stamp(List.of("aaa3"), List.of("base"), true);
		assertThat(toBase.steps()).isEmpty();
		assertThat(toBase.isEmpty()).isFalse();
	}

	@Test
	void relativeStampTargetCountsFromTheHeadsOfAnEmptyTable() {
		assertThat(logLines(this.line.stamp(List.of(), List.of("-1"), false)))
			.containsExactly("Running stamp_revision  -> aaa2");
	}

	@Test
	void relativeStampTargetIsRefusedWhileRowsArePresent() {
		assertThatExceptionOfType(RevisionNotFoundException.class)
			.isThrownBy(() -> this.line.stamp(List.of("aaa2"), List.of("-1"), false))
			.withMessageStartingWith("Cannot stamp relative revision '-1' while the version table holds rows (aaa2)");
	}

	@Test
	void stampBetweenRowsOnBothSidesIsAMismatch() {
		assertThatExceptionOfType(VersionTableMismatchException.class)
			.isThrownBy(() -> this.line.stamp(List.of("aaa1", "aaa3"), List.of("aaa2"), false))
			.withMessageStartingWith("Cannot stamp aaa2: the version table holds revisions both below and above it "
					+ "(version table: aaa1, aaa3)");
	}

	@Test
	void stampOfHeadWithSeveralHeadsIsRefused() {
		assertThatExceptionOfType(MultipleHeadsException.class)
			.isThrownBy(() -> this.fork.stamp(List.of(), List.of("head"), false));
	}

	// ---------------------------------------------------------------- scripts and size

	@Test
	void messagesComeFromTheScripts(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("3512b954651e_create_todos.sql"), """
				-- Create todos
				--
				-- Revision ID: 3512b954651e
				-- Revises:
				-- Create Date: 2026-11-21 10:00:00.000000

				-- migrate:upgrade
				CREATE TABLE todos (id INT);
				""");
		Files.writeString(directory.resolve("1975ea83b712_add_priority.sql"), """
				-- Add priority to todos
				--
				-- Revision ID: 1975ea83b712
				-- Revises: 3512b954651e
				-- Create Date: 2026-11-21 10:00:00.000000

				-- migrate:upgrade
				ALTER TABLE todos ADD priority INT;
				""");
		ScriptDirectory scripts = ScriptDirectory.load(List.of(Location.filesystem(directory)),
				getClass().getClassLoader());
		MigrationPlanner planner = MigrationPlanner.of(scripts);
		assertThat(logLines(planner.upgrade(List.of("3512b954651e"), "head")))
			.containsExactly("Running upgrade 3512b954651e -> 1975ea83b712, Add priority to todos");
		assertThat(logLines(planner.downgrade(List.of("1975ea83b712"), "-1")))
			.containsExactly("Running downgrade 1975ea83b712 -> 3512b954651e, Add priority to todos");
	}

	@Test
	void planningTakesTimeLinearInTheNumberOfSteps() {
		// two branches of 10,000 revisions each: a downgrade asks about the other branch at every step
		List<Revision> revisions = new ArrayList<>();
		revisions.add(Revision.of("r0"));
		for (String branch : List.of("a", "b")) {
			String previous = "r0";
			for (int i = 1; i <= 10_000; i++) {
				String id = branch + i;
				revisions.add(Revision.of(id, previous));
				previous = id;
			}
		}
		MigrationPlanner planner = new MigrationPlanner(RevisionGraph.of(revisions), id -> "");
		long start = System.nanoTime();
		MigrationPlan up = planner.upgrade(List.of(), "heads");
		MigrationPlan down = planner.downgrade(up.rowsAfter(), "base");
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(up.steps()).hasSize(20_001);
		assertThat(down.steps()).hasSize(20_001);
		assertThat(down.rowsAfter()).isEmpty();
		assertThat(millis).as("milliseconds to plan 40,002 steps").isLessThan(5_000);
	}

	@Test
	void planningThroughManyMergesTakesTimeLinearInTheNumberOfSteps() {
		// a ladder: every level forks into two revisions that the next level merges
		List<Revision> revisions = new ArrayList<>();
		revisions.add(Revision.of("m0"));
		for (int i = 1; i <= 3_000; i++) {
			revisions.add(Revision.of("a" + i, "m" + (i - 1)));
			revisions.add(Revision.of("b" + i, "m" + (i - 1)));
			revisions.add(Revision.of("m" + i, "a" + i, "b" + i));
		}
		MigrationPlanner planner = new MigrationPlanner(RevisionGraph.of(revisions), id -> "");
		long start = System.nanoTime();
		MigrationPlan up = planner.upgrade(List.of(), "heads");
		MigrationPlan down = planner.downgrade(up.rowsAfter(), "base");
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(up.rowsAfter()).containsExactly("m3000");
		assertThat(down.steps()).hasSize(9_001);
		assertThat(down.steps().get(0).rowChanges()).containsExactly(new Insert("a3000"), new Update("m3000", "b3000"));
		assertThat(down.rowsAfter()).isEmpty();
		assertThat(millis).as("milliseconds to plan 18,002 steps").isLessThan(5_000);
	}

	private static List<String> logLines(MigrationPlan plan) {
		return plan.steps().stream().map(step -> step.step().logLine()).toList();
	}

}
