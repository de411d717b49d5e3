package dev.migrate.command;

import java.util.List;
import java.util.Set;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RevisionFormatter}: each of Alembic's forms on a graph held in memory.
 */
class RevisionFormatterTests {

	private final RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("aaaa"),
			new Revision("bbbb", List.of("aaaa"), List.of("todo"), List.of(), ""), Revision.of("cccc", "aaaa"),
			new Revision("dddd", List.of(), List.of(), List.of("bbbb", "cccc"), "")));

	private RevisionFormatter formatter(Set<String> current) {
		return new RevisionFormatter(this.graph, (id) -> new DescribedRevision(this.graph.get(id), "Message " + id,
				"Message " + id + "\n\nMore about " + id, "db/" + id + ".sql"), current);
	}

	private final RevisionFormatter formatter = formatter(Set.of());

	@Test
	void headLineHasLabelsAndHeadMarkersButNoTreeMarkers() {
		assertThat(this.formatter.headLine("bbbb")).isEqualTo("bbbb (todo) (effective head)");
		assertThat(this.formatter.headLine("dddd")).isEqualTo("dddd (head)");
	}

	@Test
	void historyLineNamesParentsAndDeclaredDependencies() {
		assertThat(this.formatter.historyLine("aaaa")).isEqualTo("<base> -> aaaa (branchpoint), Message aaaa");
		assertThat(this.formatter.historyLine("dddd")).isEqualTo("<base> (bbbb, cccc) -> dddd (head), Message dddd");
	}

	@Test
	void branchLinesCarryTheMessageOnlyWhenVerbose() {
		assertThat(this.formatter.branchPointLine("aaaa")).isEqualTo("aaaa (branchpoint)");
		assertThat(this.formatter.branchChildLine("bbbb")).isEqualTo("bbbb (todo) (effective head)");
		assertThat(this.formatter.verboseBranchChildLine("bbbb")).isEqualTo("bbbb (todo) (effective head), Message bbbb");
	}

	@Test
	void logEntryIndentsEveryDescriptionLineBlankOnesIncluded() {
		assertThat(this.formatter.logEntry("dddd")).isEqualTo("Rev: dddd (head)\nParent: <base>\n"
				+ "Also depends on: bbbb, cccc\nPath: db/dddd.sql\n\n    Message dddd\n    \n    More about dddd\n");
	}

	@Test
	void logEntryOfABranchPoint() {
		assertThat(this.formatter.logEntry("aaaa")).startsWith(
				"Rev: aaaa (branchpoint)\nParent: <base>\nBranches into: bbbb, cccc\nPath: db/aaaa.sql\n");
	}

	@Test
	void logEntryWithoutDescriptionEndsAfterABlankLine() {
		RevisionFormatter bare = new RevisionFormatter(this.graph,
				(id) -> new DescribedRevision(this.graph.get(id), "", "", "db/" + id + ".sql"), Set.of());
		assertThat(bare.logEntry("cccc")).isEqualTo("Rev: cccc (head)\nParent: aaaa\nPath: db/cccc.sql\n\n\n");
	}

	@Test
	void currentRevisionsAreMarked() {
		RevisionFormatter withCurrent = formatter(Set.of("bbbb"));
		assertThat(withCurrent.headLine("bbbb")).isEqualTo("bbbb (todo) (effective head) (current)");
		assertThat(withCurrent.historyLine("bbbb"))
			.isEqualTo("aaaa -> bbbb (todo) (effective head) (current), Message bbbb");
		assertThat(withCurrent.logEntry("bbbb")).startsWith("Rev: bbbb (head) (current)\n");
	}

}
