package dev.migrate.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests for {@link DotRenderer}; the syntax is checked with Graphviz's {@code dot} where it is
 * installed.
 */
class DotRendererTests {

	private static final List<GraphNode> NODES = List.of(
			new GraphNode("aaaa", "Create todos", List.of(), List.of("base"), GraphNode.Kind.BASE),
			new GraphNode("bbbb", "Add \"priority\" \\ C:\\temp", List.of("todo"), List.of("branchpoint"),
					GraphNode.Kind.BRANCH),
			new GraphNode("cccc", "Merge", List.of(), List.of("mergepoint"), GraphNode.Kind.MERGE),
			new GraphNode("dddd", "Last", List.of(), List.of("head"), GraphNode.Kind.HEAD));

	private static final List<GraphEdge> EDGES = List.of(new GraphEdge("aaaa", "bbbb", false),
			new GraphEdge("bbbb", "cccc", false), new GraphEdge("aaaa", "cccc", true), new GraphEdge("cccc", "dddd", false));

	@Test
	void drawsADigraphOldestAtTheBottom() {
		assertThat(DotRenderer.render(NODES, EDGES)).isEqualTo("""
				digraph revisions {
				    rankdir=BT;
				    node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];
				    edge [color="#495057"];
				    "aaaa" [label="aaaa (base)\\nCreate todos", fillcolor="#e7f5ff"];
				    "bbbb" [label="bbbb (branchpoint)\\nAdd \\"priority\\" \\\\ C:\\\\temp\\nbranch: todo", fillcolor="#f3f0ff"];
				    "cccc" [label="cccc (mergepoint)\\nMerge", shape=hexagon, style=filled, fillcolor="#fff3bf"];
				    "dddd" [label="dddd (head)\\nLast", fillcolor="#d3f9d8", penwidth=2];
				    "aaaa" -> "bbbb";
				    "bbbb" -> "cccc";
				    "aaaa" -> "cccc" [style=dotted, arrowhead=empty];
				    "cccc" -> "dddd";
				}
				""");
	}

	@Test
	void emptyGraphIsAValidDigraph() {
		assertThat(DotRenderer.render(List.of(), List.of())).startsWith("digraph revisions {\n").endsWith("}\n");
	}

	@Test
	void graphvizAcceptsTheDrawing(@TempDir Path directory) throws IOException, InterruptedException {
		assumeTrue(graphvizInstalled(), "Graphviz's dot is not installed");
		Path source = directory.resolve("graph.dot");
		Files.writeString(source, DotRenderer.render(NODES, EDGES));
		Process dot = new ProcessBuilder("dot", "-Tsvg", source.toString()).redirectErrorStream(true).start();
		String output = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(dot.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(dot.exitValue()).as(output).isZero();
		assertThat(output).contains("<svg").contains("Add &quot;priority&quot; \\ C:\\temp").doesNotContain("Warning");
	}

	private static boolean graphvizInstalled() {
		try {
			Process process = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
