package dev.migrate.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A revision wired into the graph: its neighbours resolved to nodes. Filled in by
 * {@link GraphBuilder}, then only read; the graph never hands nodes out.
 */
final class RevisionNode {

	final Revision revision;

	final String id;

	/** Position in load (file-name) order; breaks ties between independent branches. */
	final int index;

	/** The revisions this one revises (Alembic's versioned down revisions). */
	List<RevisionNode> down = List.of();

	/** Dependencies resolved to revisions, in declared order, without repeats. */
	List<RevisionNode> dependencies = List.of();

	/** Dependencies that no ancestor already depends on. */
	List<RevisionNode> normalizedDependencies = List.of();

	/** Down revisions followed by normalized dependencies: the edges traversal follows. */
	List<RevisionNode> normalizedDown = List.of();

	/** Revisions that revise this one (Alembic's {@code nextrev}). */
	List<RevisionNode> next = List.of();

	/** Revisions that revise or depend on this one (Alembic's {@code _all_nextrev}). */
	List<RevisionNode> allNext = List.of();

	/** Revisions that list this one among their normalized down revisions. */
	List<RevisionNode> normalizedNext = List.of();

	/** Branch labels this revision declares itself. */
	Set<String> declaredLabels = Set.of();

	/** Declared and propagated branch labels: sorted, unmodifiable, possibly shared with other nodes. */
	Set<String> branchLabels = Set.of();

	RevisionNode(Revision revision, int index) {
		this.revision = revision;
		this.id = revision.id();
		this.index = index;
	}

	/**
	 * Appends to one of the neighbour lists, which start as the shared empty list: most
	 * revisions have one neighbour or none, and large graphs have many revisions.
	 */
	static List<RevisionNode> append(List<RevisionNode> list, RevisionNode node) {
		List<RevisionNode> result = list.isEmpty() ? new ArrayList<>(2) : list;
		result.add(node);
		return result;
	}

	boolean isHead() {
		return this.next.isEmpty();
	}

	boolean isBranchPoint() {
		return this.next.size() > 1;
	}

	/** A branch point counting dependents too. */
	boolean isRealBranchPoint() {
		return this.allNext.size() > 1;
	}

	boolean isMergePoint() {
		return this.down.size() > 1;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
