package dev.migrate.revision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The revision graph: answers every question about revisions the way Alembic's revision map
 * does. Built once from revisions in script file-name order (the order that breaks ties).
 * Immutable and safe to share.
 */
public final class RevisionGraph {

	// API under construction: bodies land with the graph implementation.

	public static RevisionGraph of(List<Revision> revisions) { throw new IllegalStateException("graph not built yet"); }

	/** @return every revision, in load (file-name) order */
	public List<Revision> revisions() { throw new IllegalStateException(); }

	/** @return whether there are no revisions */
	public boolean isEmpty() { throw new IllegalStateException(); }

	/** @return the revision with exactly this id; RevisionNotFoundException otherwise */
	public Revision get(String id) { throw new IllegalStateException(); }

	/** @return the revision with exactly this id, if any */
	public Optional<Revision> find(String id) { throw new IllegalStateException(); }

	/** Alembic {@code heads}: revisions no other revision revises (dependency-only heads count), load order. */
	public List<String> heads() { throw new IllegalStateException(); }

	/** Heads with dependencies resolved: revisions nothing revises or depends on (Alembic {@code _real_heads}). */
	public List<String> realHeads() { throw new IllegalStateException(); }

	/** Revisions with no down revision, load order. */
	public List<String> bases() { throw new IllegalStateException(); }

	/** The single head ({@code head}); MultipleHeadsException when there are several; empty for an empty graph. */
	public Optional<String> currentHead() { throw new IllegalStateException(); }

	/** The single head of a branch ({@code label@head}). */
	public Optional<String> currentHead(String branchLabel) { throw new IllegalStateException(); }

	/** Children through down revisions (Alembic {@code nextrev}), in load order. */
	public List<String> nextRevisions(String id) { throw new IllegalStateException(); }

	/** Effective branch labels of a revision (declared plus propagated along its branch), sorted. */
	public Set<String> branchLabels(String id) { throw new IllegalStateException(); }

	/** The dependencies of a revision resolved to revision ids, in declared order. */
	public List<String> resolvedDependencies(String id) { throw new IllegalStateException(); }

	public boolean isHead(String id) { throw new IllegalStateException(); }

	public boolean isBranchPoint(String id) { throw new IllegalStateException(); }

	/** Resolves an identifier (Alembic {@code get_revisions}); {@code base} gives an empty list. */
	public List<Revision> resolve(String identifier) { throw new IllegalStateException(); }

	/** Resolves several identifiers, concatenating the results. */
	public List<Revision> resolve(Collection<String> identifiers) { throw new IllegalStateException(); }

	/** Resolves an identifier to at most one revision (Alembic {@code get_revision}); empty for base. */
	public Optional<Revision> resolveOne(String identifier) { throw new IllegalStateException(); }

	/**
	 * The revisions from {@code upper} down to {@code lower}, both included, newest first, as
	 * {@code history -r lower:upper} lists them (Alembic {@code walk_revisions}).
	 */
	public List<Revision> history(String lower, String upper) { throw new IllegalStateException(); }

	/** The revisions to apply, in order, to go from the current heads to {@code target}. */
	public List<Revision> upgradePath(Collection<String> current, String target) { throw new IllegalStateException(); }

	/** The revisions to revert, in order, to go from the current heads down to {@code target}. */
	public List<Revision> downgradePath(Collection<String> current, String target) { throw new IllegalStateException(); }

}
