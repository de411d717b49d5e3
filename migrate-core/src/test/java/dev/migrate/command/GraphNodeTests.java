package dev.migrate.command;

import java.util.List;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link GraphNode}.
 */
class GraphNodeTests {

	private final RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("aaaa"), Revision.of("bbbb", "aaaa"),
			Revision.of("cccc", "aaaa"), new Revision("dddd", List.of(), List.of("lbl"), List.of("bbbb"), ""),
			Revision.of("eeee", "cccc", "dddd")));

	private GraphNode node(String id) {
		return GraphNode.of(this.graph, this.graph.get(id), "Message of " + id);
	}

	@Test
	void baseThatBranchesIsMarkedBoth() {
		assertThat(node("aaaa").title()).isEqualTo("aaaa (base) (branchpoint)");
		assertThat(node("aaaa").kind()).isEqualTo(GraphNode.Kind.BASE);
	}

	@Test
	void headThatOthersDependOnIsAnEffectiveHead() {
		assertThat(node("bbbb").title()).isEqualTo("bbbb (effective head)");
		assertThat(node("bbbb").kind()).isEqualTo(GraphNode.Kind.HEAD);
	}

	@Test
	void mergeHeadIsDrawnAsAHead() {
		assertThat(node("eeee").title()).isEqualTo("eeee (head) (mergepoint)");
		assertThat(node("eeee").kind()).isEqualTo(GraphNode.Kind.HEAD);
	}

	@Test
	void declaredBranchLabelsAreKept() {
		assertThat(node("dddd").branchLabels()).containsExactly("lbl");
		assertThat(node("cccc").branchLabels()).isEmpty();
	}

	@Test
	void messageIsPutOnOneLine() {
		assertThat(GraphNode.of(this.graph, this.graph.get("cccc"), "Two\nlines\r\n").message()).isEqualTo("Two lines");
	}

}
