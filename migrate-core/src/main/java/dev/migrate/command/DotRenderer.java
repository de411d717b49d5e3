package dev.migrate.command;

import java.util.List;

/**
 * Draws the revision graph as a Graphviz digraph, oldest at the bottom: heads bold and green,
 * merge points as hexagons, bases blue, {@code depends_on} as dotted arrows.
 */
final class DotRenderer {

	private static final String INDENT = "    ";

	private DotRenderer() {
	}

	static String render(List<GraphNode> nodes, List<GraphEdge> edges) {
		StringBuilder out = new StringBuilder("digraph revisions {\n");
		out.append(INDENT).append("rankdir=BT;\n");
		out.append(INDENT).append("node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n");
		out.append(INDENT).append("edge [color=\"#495057\"];\n");
		for (GraphNode node : nodes) {
			out.append(INDENT).append(quote(node.id())).append(" [label=").append(quote(label(node)))
				.append(attributes(node.kind())).append("];\n");
		}
		for (GraphEdge edge : edges) {
			out.append(INDENT).append(quote(edge.from())).append(" -> ").append(quote(edge.to()))
				.append(edge.dependency() ? " [style=dotted, arrowhead=empty]" : "").append(";\n");
		}
		return out.append("}\n").toString();
	}

	private static String label(GraphNode node) {
		StringBuilder label = new StringBuilder(node.title());
		if (!node.message().isEmpty()) {
			label.append('\n').append(node.message());
		}
		if (!node.branchLabels().isEmpty()) {
			label.append('\n').append("branch: ").append(String.join(", ", node.branchLabels()));
		}
		return label.toString();
	}

	private static String attributes(GraphNode.Kind kind) {
		return switch (kind) {
			case HEAD -> ", fillcolor=\"#d3f9d8\", penwidth=2";
			case MERGE -> ", shape=hexagon, style=filled, fillcolor=\"#fff3bf\"";
			case BASE -> ", fillcolor=\"#e7f5ff\"";
			case BRANCH -> ", fillcolor=\"#f3f0ff\"";
			case PLAIN -> "";
		};
	}

	/** A DOT string: backslashes and quotes escaped, line breaks as {@code \n}. */
	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> quoted.append("\\\\");
				case '"' -> quoted.append("\\\"");
				case '\n' -> quoted.append("\\n");
				case '\r' -> {
				}
				default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
