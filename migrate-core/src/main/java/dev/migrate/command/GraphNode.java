package dev.migrate.command;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;

/**
 * One revision as {@code graph} draws it, whatever the language: its text and what kind of
 * node it is.
 *
 * @param id the revision id
 * @param message the revision message, on one line
 * @param branchLabels the branch labels the revision declares
 * @param markers Alembic's markers that apply: {@code base}, {@code head},
 * {@code effective head}, {@code branchpoint}, {@code mergepoint}
 * @param kind what the node is drawn as
 */
record GraphNode(String id, String message, List<String> branchLabels, List<String> markers, Kind kind) {

	/** What a node is drawn as, the first that applies in this order. */
	enum Kind {

		HEAD, MERGE, BASE, BRANCH, PLAIN

	}

	static GraphNode of(RevisionGraph graph, Revision revision, String message) {
		String id = revision.id();
		boolean head = graph.isHead(id);
		boolean realHead = head && graph.dependents(id).isEmpty();
		List<String> markers = new ArrayList<>(2);
		if (revision.isBase()) {
			markers.add("base");
		}
		if (realHead) {
			markers.add("head");
		}
		if (head && !realHead) {
			markers.add("effective head");
		}
		if (graph.isBranchPoint(id)) {
			markers.add("branchpoint");
		}
		if (revision.isMergePoint()) {
			markers.add("mergepoint");
		}
		Kind kind = head ? Kind.HEAD : revision.isMergePoint() ? Kind.MERGE : revision.isBase() ? Kind.BASE
				: graph.isBranchPoint(id) ? Kind.BRANCH : Kind.PLAIN;
		return new GraphNode(id, message.replaceAll("\\R", " ").strip(), revision.branchLabels(), List.copyOf(markers),
				kind);
	}

	/** The first line of the node: the id and its markers, as {@code history} writes them. */
	String title() {
		StringBuilder title = new StringBuilder(this.id);
		for (String marker : this.markers) {
			title.append(" (").append(marker).append(')');
		}
		return title.toString();
	}

}
