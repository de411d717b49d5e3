package dev.migrate.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks revisions and wires them into nodes: every rejection names the revisions and the
 * files they came from.
 */
final class GraphBuilder {

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
				if (!Revision.isValidId(label)) {
					throw new InvalidRevisionGraphException("Branch label '" + label + "' of revision "
							+ node.revision.describe() + " is not valid: use letters, digits or underscores");
				}
				this.keys.put(label, node);
				node.branchLabels.add(label);
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
				node.down.add(down);
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
					node.dependencies.add(target);
				}
			}
			for (RevisionNode down : node.down) {
				down.next.add(node);
				down.allNext.add(node);
			}
			for (RevisionNode dependency : node.dependencies) {
				if (!node.down.contains(dependency)) {
					dependency.allNext.add(node);
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
		Map<RevisionNode, Integer> pending = new HashMap<>();
		Deque<RevisionNode> ready = new ArrayDeque<>();
		for (RevisionNode node : this.nodes) {
			int count = downs.apply(node).size();
			if (count == 0) {
				ready.add(node);
			}
			else {
				pending.put(node, count);
			}
		}
		while (!ready.isEmpty()) {
			for (RevisionNode up : ups.apply(ready.poll())) {
				int left = pending.merge(up, -1, Integer::sum);
				if (left == 0) {
					pending.remove(up);
					ready.add(up);
				}
			}
		}
		return this.nodes.stream().filter(pending::containsKey).toList();
	}

	/**
	 * Drops each dependency that an ancestor already depends on, as Alembic does, keeping the
	 * declared order.
	 */
	private void normalizeDependencies() {
		for (RevisionNode node : this.nodes) {
			if (!node.dependencies.isEmpty()) {
				Set<RevisionNode> kept = new HashSet<>(node.dependencies);
				Set<RevisionNode> seen = new HashSet<>();
				Deque<RevisionNode> todo = new ArrayDeque<>(node.down);
				while (!todo.isEmpty() && !kept.isEmpty()) {
					RevisionNode ancestor = todo.pop();
					if (seen.add(ancestor)) {
						ancestor.dependencies.forEach(kept::remove);
						todo.addAll(ancestor.down);
					}
				}
				for (RevisionNode dependency : node.dependencies) {
					if (kept.contains(dependency)) {
						node.normalizedDependencies.add(dependency);
					}
				}
			}
			node.normalizedDown.addAll(node.down);
			for (RevisionNode dependency : node.normalizedDependencies) {
				if (!node.normalizedDown.contains(dependency)) {
					node.normalizedDown.add(dependency);
				}
			}
			for (RevisionNode down : node.normalizedDown) {
				down.normalizedNext.add(node);
			}
		}
	}

	/**
	 * A branch label covers the labelled revision, everything above it, and the revisions below
	 * it down to the nearest branch or merge point, provided the line above it neither splits
	 * nor merges (Alembic's rule).
	 */
	private void propagateBranchLabels() {
		for (RevisionNode labelled : this.nodes) {
			if (labelled.revision.branchLabels().isEmpty()) {
				continue;
			}
			Set<String> labels = Set.copyOf(labelled.branchLabels);
			Deque<RevisionNode> todo = new ArrayDeque<>();
			Set<RevisionNode> seen = new HashSet<>();
			todo.push(labelled);
			while (!todo.isEmpty()) {
				RevisionNode node = todo.pop();
				if (seen.add(node)) {
					node.branchLabels.addAll(labels);
					node.next.forEach(todo::push);
				}
			}
			if (lineAboveIsStraight(labelled)) {
				RevisionNode below = labelled.down.isEmpty() ? null : labelled.down.get(0);
				while (below != null && !below.isRealBranchPoint() && !below.isMergePoint()) {
					below.branchLabels.addAll(labels);
					below = below.down.isEmpty() ? null : below.down.get(0);
				}
			}
		}
	}

	private static boolean lineAboveIsStraight(RevisionNode labelled) {
		RevisionNode node = labelled;
		while (true) {
			if (node.isRealBranchPoint() || node.isMergePoint()) {
				return false;
			}
			if (node.next.isEmpty()) {
				return true;
			}
			node = node.next.get(0);
		}
	}

	private static String originOf(Revision revision) {
		return revision.origin().isEmpty() ? "revision " + revision.id() : revision.origin();
	}

}
