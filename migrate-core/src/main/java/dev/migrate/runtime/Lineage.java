package dev.migrate.runtime;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;

import org.jspecify.annotations.Nullable;

/**
 * The graph questions the runtime asks while planning, answered lazily and remembered: who
 * descends from whom (dependencies count as edges). A linear upgrade or downgrade asks no ancestry question; the
 * first one ranks every revision once, so that later walks stop early. Safe to share between
 * threads.
 */
final class Lineage {

	private final RevisionGraph graph;

	/** Down revisions followed by every resolved dependency: the edges ancestry follows. */
	private final Map<String, List<String>> parents = new ConcurrentHashMap<>();

	/** See {@link #ranks()}. */
	private volatile @Nullable Map<String, Integer> ranks;

	/** The revisions {@link #reachedAmong} was last asked about. */
	private volatile @Nullable Set<String> lastAsked;

	/** Their whole ancestry, once they were asked about twice in a row. */
	private volatile @Nullable Closure lastClosure;

	Lineage(RevisionGraph graph) {
		this.graph = graph;
	}

	/** Alembic's {@code _normalized_down_revisions}, as the graph keeps them. */
	List<String> normalizedDown(String id) {
		return this.graph.normalizedDownRevisions(id);
	}

	/**
	 * Which of the candidates are among the given revisions or their ancestors, dependencies
	 * included (Alembic intersects them with {@code _get_ancestor_nodes}). Following every
	 * declared dependency reaches the same revisions as following only the normalized ones: a
	 * dependency dropped from a revision is declared by one of its ancestors.
	 *
	 * <p>A walk stops at revisions too old to lead to a candidate. A downgrade that reverts one
	 * branch asks about the same other rows at every step: the second time the same rows come,
	 * their whole ancestry is computed once and kept.
	 */
	Set<String> reachedAmong(Set<String> from, Collection<String> candidates) {
		Closure last = this.lastClosure;
		if (last == null || !last.from().equals(from)) {
			if (!from.equals(this.lastAsked)) {
				this.lastAsked = Set.copyOf(from);
				return walk(from, candidates);
			}
			last = new Closure(Set.copyOf(from), closure(from));
			this.lastClosure = last;
		}
		Set<String> reached = new LinkedHashSet<>();
		for (String candidate : candidates) {
			if (last.ancestors().contains(candidate)) {
				reached.add(candidate);
			}
		}
		return reached;
	}

	/** Whether {@code target} is {@code from} or one of its ancestors, dependencies included. */
	boolean reaches(String from, String target) {
		return from.equals(target) || !walk(Set.of(from), List.of(target)).isEmpty();
	}

	private Set<String> walk(Set<String> from, Collection<String> candidates) {
		Map<String, Integer> ranks = ranks();
		Set<String> remaining = new HashSet<>(candidates);
		int lowest = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			lowest = Math.min(lowest, ranks.get(candidate));
		}
		Set<String> reached = new HashSet<>();
		Set<String> seen = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(from);
		while (!todo.isEmpty() && !remaining.isEmpty()) {
			String id = todo.pop();
			if (seen.add(id)) {
				if (remaining.remove(id)) {
					reached.add(id);
				}
				// every parent ranks lower than its child: below the lowest candidate nothing leads to one
				if (ranks.get(id) > lowest) {
					todo.addAll(parents(id));
				}
			}
		}
		Set<String> ordered = new LinkedHashSet<>();
		for (String candidate : candidates) {
			if (reached.contains(candidate)) {
				ordered.add(candidate);
			}
		}
		return ordered;
	}

	private Set<String> closure(Set<String> from) {
		Set<String> seen = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(from);
		while (!todo.isEmpty()) {
			String id = todo.pop();
			if (seen.add(id)) {
				todo.addAll(parents(id));
			}
		}
		return Set.copyOf(seen);
	}

	/** The length of the longest path down from each revision to a base: a parent always ranks lower. */
	private Map<String, Integer> ranks() {
		Map<String, Integer> known = this.ranks;
		if (known == null) {
			known = new HashMap<>();
			Deque<String> todo = new ArrayDeque<>();
			for (Revision revision : this.graph.revisions()) {
				todo.push(revision.id());
				while (!todo.isEmpty()) {
					String id = todo.peek();
					if (known.containsKey(id)) {
						todo.pop();
						continue;
					}
					int rank = 0;
					boolean ready = true;
					for (String parent : parents(id)) {
						Integer parentRank = known.get(parent);
						if (parentRank == null) {
							todo.push(parent);
							ready = false;
						}
						else {
							rank = Math.max(rank, parentRank + 1);
						}
					}
					if (ready) {
						known.put(id, rank);
						todo.pop();
					}
				}
			}
			known = Map.copyOf(known);
			this.ranks = known;
		}
		return known;
	}

	private List<String> parents(String id) {
		List<String> known = this.parents.get(id);
		if (known == null) {
			List<String> dependencies = this.graph.resolvedDependencies(id);
			List<String> down = this.graph.get(id).downRevisions();
			if (dependencies.isEmpty()) {
				known = down;
			}
			else {
				Set<String> all = new LinkedHashSet<>(down);
				all.addAll(dependencies);
				known = List.copyOf(all);
			}
			this.parents.put(id, known);
		}
		return known;
	}

	private record Closure(Set<String> from, Set<String> ancestors) {
	}

}
