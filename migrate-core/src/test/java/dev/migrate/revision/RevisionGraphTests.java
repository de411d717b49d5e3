package dev.migrate.revision;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RevisionGraph}: validation and the behaviours that the Alembic oracle data
 * does not pin down (migrate is stricter than Alembic about invalid graphs).
 */
class RevisionGraphTests {

	private static Revision revision(String id, List<String> down, List<String> labels, List<String> dependsOn) {
		return new Revision(id, down, labels, dependsOn, "db/migrate/" + id + "_x.sql");
	}

	private static Revision revision(String id, String... down) {
		return revision(id, List.of(down), List.of(), List.of());
	}

	@Test
	void emptyGraphHasNoHeadsAndResolvesHeadToNothing() {
		RevisionGraph graph = RevisionGraph.of(List.of());
		assertThat(graph.isEmpty()).isTrue();
		assertThat(graph.heads()).isEmpty();
		assertThat(graph.currentHead()).isEmpty();
		assertThat(graph.resolve("heads")).isEmpty();
		assertThat(graph.upgradePath(List.of(), "heads")).isEmpty();
	}

	@Test
	void historyFromSeveralRevisionsFollowsEachOfTheirBranches() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("a1a1"), revision("b2b2", "a1a1"), revision("c3c3", "a1a1"),
				revision("d4d4", "b2b2"), revision("e5e5", "c3c3")));
		assertThat(graph.history(List.of("b2b2", "c3c3"), "heads")).extracting(Revision::id)
			.containsExactlyInAnyOrder("b2b2", "c3c3", "d4d4", "e5e5");
		assertThat(graph.history(List.of(), "heads")).extracting(Revision::id).hasSize(5);
		assertThat(graph.history("base", List.of("b2b2", "c3c3"))).extracting(Revision::id)
			.containsExactlyInAnyOrder("a1a1", "b2b2", "c3c3");
		assertThat(graph.history("a1a1", List.of("d4d4"))).extracting(Revision::id).containsExactly("d4d4", "b2b2", "a1a1");
	}

	@Test
	void historyUpToNoRevisionIsEmpty() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("a1a1"), revision("b2b2", "a1a1")));
		assertThat(graph.history("base", List.of())).isEmpty();
	}

	@Test
	void duplicateIdIsRejectedNamingBothFiles() {
		assertThatExceptionOfType(InvalidRevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(revision("aaaa"),
					new Revision("aaaa", List.of(), List.of(), List.of(), "other/aaaa_copy.sql"))))
			.withMessageContaining("aaaa is defined twice")
			.withMessageContaining("db/migrate/aaaa_x.sql")
			.withMessageContaining("other/aaaa_copy.sql");
	}

	@Test
	void unknownDownRevisionIsRejectedNamingTheFile() {
		assertThatExceptionOfType(InvalidRevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(revision("bbbb", "zzzz"))))
			.withMessage("Revision bbbb (db/migrate/bbbb_x.sql) revises zzzz, which no script defines");
	}

	@Test
	void unknownDependencyIsRejectedNamingTheFile() {
		assertThatExceptionOfType(InvalidRevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(revision("bbbb", List.of(), List.of(), List.of("nope")))))
			.withMessageContaining("bbbb (db/migrate/bbbb_x.sql) depends on 'nope'");
	}

	@Test
	void cycleIsRejectedNamingEveryRevisionOnIt() {
		assertThatExceptionOfType(CycleDetectedException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(revision("b000"), revision("aaaa", "b000", "cccc"),
					revision("bbbb", "aaaa"), revision("cccc", "bbbb"))))
			.satisfies(ex -> assertThat(ex.revisions()).containsExactly("aaaa", "bbbb", "cccc"))
			.withMessageContaining("db/migrate/cccc_x.sql");
	}

	@Test
	void dependencyCycleIsRejected() {
		assertThatExceptionOfType(CycleDetectedException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(revision("aaaa", List.of(), List.of(), List.of("bbbb")),
					revision("bbbb", List.of(), List.of(), List.of("aaaa")))))
			.withMessageStartingWith("Dependency cycle detected");
	}

	@Test
	void selfLoopIsRejected() {
		assertThatExceptionOfType(CycleDetectedException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(revision("aaaa", "aaaa"))))
			.withMessageContaining("revises itself");
	}

	@Test
	void mergeListingTheSameParentTwiceIsRejected() {
		assertThatExceptionOfType(InvalidRevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(revision("aaaa"), revision("bbbb", "aaaa", "aaaa"))))
			.withMessageContaining("lists aaaa twice");
	}

	@Test
	void branchLabelUsedTwiceIsRejectedNamingBothRevisions() {
		assertThatExceptionOfType(InvalidRevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(revision("aaaa", List.of(), List.of("users"), List.of()),
					revision("bbbb", List.of(), List.of("users"), List.of()))))
			.withMessage("Branch label 'users' of revision bbbb (db/migrate/bbbb_x.sql) is already used by revision "
					+ "aaaa (db/migrate/aaaa_x.sql)");
	}

	@Test
	void branchLabelEqualToARevisionIdIsRejected() {
		assertThatExceptionOfType(InvalidRevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(revision("aaaa"),
					revision("bbbb", List.of("aaaa"), List.of("aaaa"), List.of()))))
			.withMessageContaining("is the id of revision aaaa");
	}

	@Test
	void ambiguousPrefixListsEveryCandidate() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("abcd01"), revision("abcd02", "abcd01"),
				revision("abcd03", "abcd02"), revision("abcd04", "abcd03")));
		assertThatExceptionOfType(AmbiguousRevisionException.class).isThrownBy(() -> graph.resolve("abcd"))
			.satisfies(ex -> assertThat(ex.candidates()).containsExactly("abcd01", "abcd02", "abcd03", "abcd04"))
			.withMessageContaining("'abcd04'");
	}

	@Test
	void uniquePrefixResolvesToTheRevision() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("abcd01"), revision("ef0123", "abcd01")));
		assertThat(graph.resolveOne("ef01")).map(Revision::id).contains("ef0123");
	}

	@Test
	void headNamesTheSingleHeadAndFailsWithSeveral() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("aaaa"), revision("bbbb", "aaaa"),
				revision("cccc", "aaaa")));
		assertThat(graph.heads()).containsExactly("bbbb", "cccc");
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> graph.resolve("head"))
			.satisfies(ex -> assertThat(ex.heads()).containsExactly("bbbb", "cccc"));
	}

	@Test
	void headCountsARevisionThatIsOnlyDependedOnWhileHeadsDoesNot() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("aaaa"),
				revision("bbbb", List.of(), List.of(), List.of("aaaa"))));
		assertThat(graph.heads()).containsExactly("aaaa", "bbbb");
		assertThat(graph.realHeads()).containsExactly("bbbb");
		assertThat(graph.resolve("heads")).extracting(Revision::id).containsExactly("bbbb");
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> graph.resolve("head"));
	}

	@Test
	void independentBranchesAreUpgradedInFileNameOrder() {
		List<Revision> first = List.of(revision("aaaa"), revision("bbbb"));
		List<Revision> second = List.of(revision("bbbb"), revision("aaaa"));
		assertThat(RevisionGraph.of(first).upgradePath(List.of(), "heads")).extracting(Revision::id)
			.containsExactly("bbbb", "aaaa");
		assertThat(RevisionGraph.of(second).upgradePath(List.of(), "heads")).extracting(Revision::id)
			.containsExactly("aaaa", "bbbb");
	}

	@Test
	void relativeWalkRefusesToCrossABranchPoint() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("aaaa"), revision("bbbb", "aaaa"),
				revision("cccc", "aaaa")));
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> graph.upgradePath(List.of("aaaa"), "+1"))
			.withMessageContaining("Ambiguous walk");
	}

	@Test
	void branchLabelCoversItsBranchDownToTheBranchPoint() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("aaaa"), revision("bbbb", "aaaa"),
				revision("cccc", List.of("bbbb"), List.of(), List.of()), revision("dddd", "aaaa"),
				revision("eeee", List.of("dddd"), List.of("side"), List.of())));
		assertThat(graph.branchLabels("dddd")).containsExactly("side");
		assertThat(graph.branchLabels("eeee")).containsExactly("side");
		assertThat(graph.branchLabels("aaaa")).isEmpty();
		assertThat(graph.branchLabels("cccc")).isEmpty();
		assertThat(graph.resolveOne("side@head")).map(Revision::id).contains("eeee");
	}

	@Test
	void downgradeOneStepFromAMergeIsAmbiguous() {
		RevisionGraph graph = RevisionGraph.of(List.of(revision("aaaa"), revision("bbbb"),
				revision("cccc", "aaaa", "bbbb")));
		assertThat(graph.downgradePath(List.of("cccc"), "aaaa")).extracting(Revision::id).containsExactly("cccc");
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> graph.downgradePath(List.of("cccc"), "-1"))
			.withMessageContaining("Ambiguous walk");
	}

	@Test
	void upgradeOfALongChainWithManyMergesIsComplete() {
		List<Revision> revisions = new ArrayList<>();
		String previous = null;
		for (int i = 0; i < 2000; i++) {
			String id = String.format("r%05d", i);
			if (previous == null) {
				revisions.add(revision(id));
			}
			else if (i % 10 == 5) {
				String side = String.format("s%05d", i);
				revisions.add(revision(side, previous));
				revisions.add(revision(id, previous));
				revisions.add(revision(String.format("m%05d", i), id, side));
				id = String.format("m%05d", i);
			}
			else {
				revisions.add(revision(id, previous));
			}
			previous = id;
		}
		RevisionGraph graph = RevisionGraph.of(revisions);
		List<Revision> plan = graph.upgradePath(List.of(), "head");
		assertThat(plan).hasSize(revisions.size());
		assertThat(plan.get(0).id()).isEqualTo("r00000");
		assertThat(plan.get(plan.size() - 1).id()).isEqualTo(previous);
		assertThat(graph.downgradePath(List.of(previous), "base")).hasSize(revisions.size());
	}

}
