package dev.migrate.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A revision wired into the graph: its neighbours resolved to nodes. Filled in by
 * {@link GraphBuilder}, then only read.
 */
final class RevisionNode {

	final Revision revision;

	final String id;

	/** Position in load (file-name) order; breaks ties between independent branches. */
	final int index;

	/** The revisions this one revises (Alembic's versioned down revisions). */
	final List<RevisionNode> down = new ArrayList<>(1);

	/** Dependencies resolved to revisions, in declared order, without repeats. */
	final List<RevisionNode> dependencies = new ArrayList<>(0);

	/** Dependencies that no ancestor already depends on. */
	final List<RevisionNode> normalizedDependencies = new ArrayList<>(0);

	/** Down revisions followed by normalized dependencies: the edges traversal follows. */
	final List<RevisionNode> normalizedDown = new ArrayList<>(1);

	/** Revisions that revise this one (Alembic's {@code nextrev}). */
	final List<RevisionNode> next = new ArrayList<>(1);

	/** Revisions that revise or depend on this one (Alembic's {@code _all_nextrev}). */
	final List<RevisionNode> allNext = new ArrayList<>(1);

	/** Revisions that list this one among their normalized down revisions. */
	final List<RevisionNode> normalizedNext = new ArrayList<>(1);

	/** Branch labels this revision declares itself. */
	final Set<String> declaredLabels = new TreeSet<>();

	/** Declared and propagated branch labels: sorted, unmodifiable, possibly shared with other nodes. */
	Set<String> branchLabels = Set.of();

	RevisionNode(Revision revision, int index) {
		this.revision = revision;
		this.id = revision.id();
		this.index = index;
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
