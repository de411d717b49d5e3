package dev.migrate.command;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MermaidRenderer}.
 */
class MermaidRendererTests {

	@Test
	void drawsNodesEdgesAndClassesBottomToTop() {
		List<GraphNode> nodes = List.of(
				new GraphNode("aaaa", "Create todos", List.of(), List.of("base"), GraphNode.Kind.BASE),
				new GraphNode("bbbb", "Add users", List.of("users"), List.of(), GraphNode.Kind.PLAIN),
				new GraphNode("cccc", "Merge", List.of(), List.of("head", "mergepoint"), GraphNode.Kind.HEAD));
		List<GraphEdge> edges = List.of(new GraphEdge("aaaa", "bbbb", false), new GraphEdge("bbbb", "cccc", false),
				new GraphEdge("aaaa", "cccc", true));
		assertThat(MermaidRenderer.render(nodes, edges)).isEqualTo("""
				flowchart BT
				    r_aaaa["aaaa (base)<br/>Create todos"]
				    r_bbbb["bbbb<br/>Add users<br/>branch: users"]
				    r_cccc(["cccc (head) (mergepoint)<br/>Merge"])
				    r_aaaa --> r_bbbb
				    r_bbbb --> r_cccc
				    r_aaaa -.-> r_cccc
				    classDef head fill:#d3f9d8,stroke:#2b8a3e,stroke-width:2px
				    classDef merge fill:#fff3bf,stroke:#e67700
				    classDef base fill:#e7f5ff,stroke:#1971c2
				    classDef branch fill:#f3f0ff,stroke:#6741d9
				    class r_aaaa base
				    class r_cccc head
				""");
	}

	@Test
	void mergePointThatIsNoHeadIsAHexagon() {
		String drawing = MermaidRenderer.render(
				List.of(new GraphNode("m1", "Merge", List.of(), List.of("mergepoint"), GraphNode.Kind.MERGE)), List.of());
		assertThat(drawing).contains("    r_m1{{\"m1 (mergepoint)<br/>Merge\"}}\n").contains("    class r_m1 merge\n");
	}

	@Test
	void prefixesIdsSoThatKeywordsAreSafe() {
		String drawing = MermaidRenderer.render(
				List.of(new GraphNode("end", "", List.of(), List.of(), GraphNode.Kind.PLAIN)), List.of());
		assertThat(drawing).contains("    r_end[\"end\"]\n");
	}

	@Test
	void escapesCharactersMermaidWouldInterpret() {
		String drawing = MermaidRenderer.render(List.of(new GraphNode("aaaa", "Say \"hi\" to <b> & #1 `x`", List.of(),
				List.of(), GraphNode.Kind.PLAIN)), List.of());
		assertThat(drawing)
			.contains("r_aaaa[\"aaaa<br/>Say #quot;hi#quot; to #lt;b#gt; #amp; #35;1 #96;x#96;\"]");
	}

}
