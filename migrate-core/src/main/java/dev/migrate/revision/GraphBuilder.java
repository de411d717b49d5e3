package dev.migrate.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks revisions and wires them into nodes: every rejection names the revisions and the
 * files they came from.
 */
final class GraphBuilder {

	/** Words of the identifier grammar that can name neither a revision nor a branch. */
	private static final Set<String> RESERVED = Set.of("base", "head", "heads", "current");

	private final List<RevisionNode> nodes;

	/** Revision ids and branch labels, as Alembic keys its revision map. */
	private final Map<String, RevisionNode> keys;

	private GraphBuilder(int size) {
		this.nodes = new ArrayList<>(size);
		this.keys = new LinkedHashMap<>(size * 2);
	}

	static Built build(List<Revision> revisions) {
		GraphBuilder builder = new GraphBuilder(revisions.size());
		builder.addRevisions(revisions);
		builder.mapBranchLabels();
		builder.wireEdges();
		builder.detectCycles();
		builder.normalizeDependencies();
		builder.propagateBranchLabels();
		return new Built(List.copyOf(builder.nodes), builder.keys);
	}

	record Built(List<RevisionNode> nodes, Map<String, RevisionNode> keys) {
	}

	private void addRevisions(List<Revision> revisions) {
		for (Revision revision : revisions) {
			if (!Revision.isValidId(revision.id())) {
				throw new InvalidRevisionGraphException("Revision id '" + revision.id() + "' in " + originOf(revision)
						+ " is not valid: use 1 to 32 letters, digits or underscores");
			}
			if (RESERVED.contains(revision.id())) {
				throw new InvalidRevisionGraphException("Revision id '" + revision.id() + "' in " + originOf(revision)
						+ " is reserved: base, head, heads and current name positions in the graph");
			}
			RevisionNode existing = this.keys.get(revision.id());
			if (existing != null) {
				throw new InvalidRevisionGraphException("Revision " + revision.id() + " is defined twice: in "
						+ originOf(existing.revision) + " and in " + originOf(revision));
			}
			checkOwnReferences(revision);
			RevisionNode node = new RevisionNode(revision, this.nodes.size());
			this.nodes.add(node);
			this.keys.put(revision.id(), node);
		}
	}

	private static void checkOwnReferences(Revision revision) {
		if (revision.downRevisions().contains(revision.id())) {
			throw new CycleDetectedException(
					"Revision " + revision.describe() + " revises itself (a self-loop)", List.of(revision.id()));
		}
		if (revision.dependsOn().contains(revision.id())) {
			throw new CycleDetectedException(
					"Revision " + revision.describe() + " depends on itself (a self-loop)", List.of(revision.id()));
		}
		Set<String> seen = new HashSet<>();
		for (String down : revision.downRevisions()) {
			if (!seen.add(down)) {
				throw new InvalidRevisionGraphException(
						"Revision " + revision.describe() + " lists " + down + " twice in Revises");
			}
		}
	}

	private void mapBranchLabels() {
		for (RevisionNode node : this.nodes) {
			for (String label : node.revision.branchLabels()) {
				RevisionNode owner = this.keys.get(label);
				if (owner == node) {
					continue;
				}
				if (owner != null) {
					String what = owner.id.equals(label) ? "is the id of revision " : "is already used by revision ";
					throw new InvalidRevisionGraphException("Branch label '" + label + "' of revision "
							+ node.revision.describe() + " " + what + owner.revision.describe());
				}
				if (!Revision.isValidId(label) || RESERVED.contains(label)) {
					throw new InvalidRevisionGraphException("Branch label '" + label + "' of revision "
							+ node.revision.describe() + " is not valid: use letters, digits or underscores");
				}
				this.keys.put(label, node);
				if (node.declaredLabels.isEmpty()) {
					node.declaredLabels = new TreeSet<>();
				}
				node.declaredLabels.add(label);
			}
		}
	}

	private void wireEdges() {
		for (RevisionNode node : this.nodes) {
			for (String downId : node.revision.downRevisions()) {
				RevisionNode down = this.keys.get(downId);
				if (down == null || !down.id.equals(downId)) {
					throw new InvalidRevisionGraphException("Revision " + node.revision.describe() + " revises "
							+ downId + ", which no script defines");
				}
				node.down = RevisionNode.append(node.down, down);
			}
			for (String dependency : node.revision.dependsOn()) {
				RevisionNode target = this.keys.get(dependency);
				if (target == null) {
					throw new InvalidRevisionGraphException("Revision " + node.revision.describe() + " depends on '"
							+ dependency + "', which is neither a revision id nor a branch label");
				}
				if (target == node) {
					throw new CycleDetectedException("Revision " + node.revision.describe()
							+ " depends on itself through branch label '" + dependency + "'", List.of(node.id));
				}
				if (!node.dependencies.contains(target)) {
					node.dependencies = RevisionNode.append(node.dependencies, target);
				}
			}
			for (RevisionNode down : node.down) {
				down.next = RevisionNode.append(down.next, node);
				down.allNext = RevisionNode.append(down.allNext, node);
			}
			for (RevisionNode dependency : node.dependencies) {
				if (!node.down.contains(dependency)) {
					dependency.allNext = RevisionNode.append(dependency.allNext, node);
				}
			}
		}
	}

	/**
	 * Rejects loops, first through down revisions alone, then counting dependencies, naming the
	 * revisions that sit on or behind a loop.
	 */
	private void detectCycles() {
		List<RevisionNode> stuck = nodesOnCycles(node -> node.down, node -> node.next);
		if (!stuck.isEmpty()) {
			throw cycle("Cycle detected among revisions ", stuck);
		}
		stuck = nodesOnCycles(GraphBuilder::allDown, node -> node.allNext);
		if (!stuck.isEmpty()) {
			throw cycle("Dependency cycle detected among revisions ", stuck);
		}
	}

	private static List<RevisionNode> allDown(RevisionNode node) {
		if (node.dependencies.isEmpty()) {
			return node.down;
		}
		List<RevisionNode> all = new ArrayList<>(node.down);
		for (RevisionNode dependency : node.dependencies) {
			if (!all.contains(dependency)) {
				all.add(dependency);
			}
		}
		return all;
	}

	private CycleDetectedException cycle(String prefix, List<RevisionNode> stuck) {
		List<String> ids = stuck.stream().map(node -> node.id).sorted().toList();
		StringBuilder message = new StringBuilder(prefix);
		for (int i = 0; i < stuck.size(); i++) {
			message.append((i > 0) ? ", " : "").append(stuck.get(i).revision.describe());
		}
		return new CycleDetectedException(message.toString(), ids);
	}

	/** Kahn's algorithm from the bases: whatever is never released sits on or above a loop. */
	private List<RevisionNode> nodesOnCycles(Function<RevisionNode, List<RevisionNode>> downs,
			Function<RevisionNode, List<RevisionNode>> ups) {
		int[] pending = new int[this.nodes.size()];
		Deque<RevisionNode> ready = new ArrayDeque<>();
		for (RevisionNode node : this.nodes) {
			pending[node.index] = downs.apply(node).size();
			if (pending[node.index] == 0) {
				ready.add(node);
			}
		}
		while (!ready.isEmpty()) {
			for (RevisionNode up : ups.apply(ready.poll())) {
				if (--pending[up.index] == 0) {
					ready.add(up);
				}
			}
		}
		return this.nodes.stream().filter(node -> pending[node.index] > 0).toList();
	}

	/**
	 * Drops each dependency that an ancestor already depends on, as Alembic does, keeping the
	 * declared order. Only a dependency that several revisions share can be dropped, so only
	 * those cost a walk.
	 */
	private void normalizeDependencies() {
		Map<RevisionNode, List<RevisionNode>> dependentsOf = new HashMap<>();
		for (RevisionNode node : this.nodes) {
			for (RevisionNode dependency : node.dependencies) {
				dependentsOf.computeIfAbsent(dependency, key -> new ArrayList<>(1)).add(node);
			}
		}
		for (RevisionNode node : this.nodes) {
			if (!node.dependencies.isEmpty()) {
				Set<RevisionNode> shared = new HashSet<>();
				for (RevisionNode dependency : node.dependencies) {
					if (dependentsOf.get(dependency).size() > 1) {
						shared.add(dependency);
					}
				}
				Set<RevisionNode> dropped = shared.isEmpty() ? Set.of() : dependenciesOfAncestors(node, shared);
				for (RevisionNode dependency : node.dependencies) {
					if (!dropped.contains(dependency)) {
						node.normalizedDependencies = RevisionNode.append(node.normalizedDependencies, dependency);
					}
				}
			}
			node.normalizedDown = node.down;
			for (RevisionNode dependency : node.normalizedDependencies) {
				if (!node.normalizedDown.contains(dependency)) {
					if (node.normalizedDown == node.down) {
						node.normalizedDown = new ArrayList<>(node.down);
					}
					node.normalizedDown.add(dependency);
				}
			}
			for (RevisionNode down : node.normalizedDown) {
				down.normalizedNext = RevisionNode.append(down.normalizedNext, node);
			}
		}
	}

	/** Which of the candidate dependencies a proper ancestor (through down revisions) also depends on. */
	private static Set<RevisionNode> dependenciesOfAncestors(RevisionNode node, Set<RevisionNode> candidates) {
		Set<RevisionNode> found = new HashSet<>();
		Set<RevisionNode> seen = new HashSet<>();
		Deque<RevisionNode> todo = new ArrayDeque<>(node.down);
		while (!todo.isEmpty() && found.size() < candidates.size()) {
			RevisionNode ancestor = todo.pop();
			if (seen.add(ancestor)) {
				for (RevisionNode dependency : ancestor.dependencies) {
					if (candidates.contains(dependency)) {
						found.add(dependency);
					}
				}
				todo.addAll(ancestor.down);
			}
		}
		return found;
	}

	/**
	 * A branch label covers the labelled revision and everything above it; and the revisions
	 * below it down to the nearest branch or merge point, provided the line above it neither
	 * splits nor merges (Alembic's rule). Label sets are shared between revisions that carry
	 * the same labels, so long histories with many labels stay cheap.
	 */
	private void propagateBranchLabels() {
		List<RevisionNode> order = topologicalOrder();
		for (RevisionNode node : order) {
			Set<String> labels = node.down.isEmpty() ? Set.of() : node.down.get(0).branchLabels;
			for (int i = 1; i < node.down.size(); i++) {
				labels = union(labels, node.down.get(i).branchLabels);
			}
			node.branchLabels = union(labels, node.declaredLabels);
		}
		boolean[] straightAbove = new boolean[this.nodes.size()];
		for (int i = order.size() - 1; i >= 0; i--) {
			RevisionNode node = order.get(i);
			straightAbove[node.index] = !node.isRealBranchPoint() && !node.isMergePoint()
					&& (node.next.isEmpty() || straightAbove[node.next.get(0).index]);
		}
		for (RevisionNode labelled : this.nodes) {
			if (labelled.declaredLabels.isEmpty() || !straightAbove[labelled.index]) {
				continue;
			}
			RevisionNode below = labelled.down.isEmpty() ? null : labelled.down.get(0);
			while (below != null && !below.isRealBranchPoint() && !below.isMergePoint()) {
				below.branchLabels = union(below.branchLabels, labelled.branchLabels);
				below = below.down.isEmpty() ? null : below.down.get(0);
			}
		}
	}

	private static Set<String> union(Set<String> first, Set<String> second) {
		if (first.containsAll(second)) {
			return first;
		}
		if (second.containsAll(first)) {
			return second;
		}
		Set<String> union = new TreeSet<>(first);
		union.addAll(second);
		return Collections.unmodifiableSet(union);
	}

	/** Bases first, every revision after the revisions it revises. */
	private List<RevisionNode> topologicalOrder() {
		int[] pending = new int[this.nodes.size()];
		Deque<RevisionNode> ready = new ArrayDeque<>();
		for (RevisionNode node : this.nodes) {
			pending[node.index] = node.down.size();
			if (node.down.isEmpty()) {
				ready.add(node);
			}
		}
		List<RevisionNode> order = new ArrayList<>(this.nodes.size());
		while (!ready.isEmpty()) {
			RevisionNode node = ready.poll();
			order.add(node);
			for (RevisionNode up : node.next) {
				if (--pending[up.index] == 0) {
					ready.add(up);
				}
			}
		}
		return order;
	}

	private static String originOf(Revision revision) {
		return revision.origin().isEmpty() ? "revision " + revision.id() : revision.origin();
	}

}
