package dev.migrate.command;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Draws the revision graph as a Mermaid flowchart, oldest at the bottom like {@code history}
 * read upwards: heads as stadiums, merge points as hexagons, {@code depends_on} as dotted
 * arrows, the kinds of node coloured by class.
 */
final class MermaidRenderer {

	private static final String INDENT = "    ";

	private MermaidRenderer() {
	}

	static String render(List<GraphNode> nodes, List<GraphEdge> edges) {
		StringBuilder out = new StringBuilder("flowchart BT\n");
		for (GraphNode node : nodes) {
			out.append(INDENT).append(nodeId(node.id())).append(shape(node)).append('\n');
		}
		for (GraphEdge edge : edges) {
			out.append(INDENT).append(nodeId(edge.from())).append(edge.dependency() ? " -.-> " : " --> ")
				.append(nodeId(edge.to())).append('\n');
		}
		out.append(INDENT).append("classDef head fill:#d3f9d8,stroke:#2b8a3e,stroke-width:2px\n");
		out.append(INDENT).append("classDef merge fill:#fff3bf,stroke:#e67700\n");
		out.append(INDENT).append("classDef base fill:#e7f5ff,stroke:#1971c2\n");
		out.append(INDENT).append("classDef branch fill:#f3f0ff,stroke:#6741d9\n");
		for (GraphNode node : nodes) {
			String className = className(node.kind());
			if (className != null) {
				out.append(INDENT).append("class ").append(nodeId(node.id())).append(' ').append(className).append('\n');
			}
		}
		return out.toString();
	}

	/** Prefixed, so that ids such as {@code end} or {@code o1} are never read as keywords or arrows. */
	private static String nodeId(String id) {
		return "r_" + id;
	}

	private static String shape(GraphNode node) {
		String label = '"' + label(node) + '"';
		return switch (node.kind()) {
			case HEAD -> "([" + label + "])";
			case MERGE -> "{{" + label + "}}";
			default -> "[" + label + "]";
		};
	}

	private static String label(GraphNode node) {
		StringBuilder label = new StringBuilder(escape(node.title()));
		if (!node.message().isEmpty()) {
			label.append("<br/>").append(escape(node.message()));
		}
		if (!node.branchLabels().isEmpty()) {
			label.append("<br/>").append(escape("branch: " + String.join(", ", node.branchLabels())));
		}
		return label.toString();
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '#' -> escaped.append("#35;");
				case '"' -> escaped.append("#quot;");
				case '<' -> escaped.append("#lt;");
				case '>' -> escaped.append("#gt;");
				case '&' -> escaped.append("#amp;");
				case '`' -> escaped.append("#96;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static @Nullable String className(GraphNode.Kind kind) {
		return switch (kind) {
			case HEAD -> "head";
			case MERGE -> "merge";
			case BASE -> "base";
			case BRANCH -> "branch";
			case PLAIN -> null;
		};
	}

}
