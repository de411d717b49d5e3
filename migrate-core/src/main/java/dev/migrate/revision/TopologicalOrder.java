package dev.migrate.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders a set of revisions newest first, walking down one branch as long as no other branch
 * still needs the next revision, the way Alembic's topological sort does; heads are taken in
 * load order, which is how ties between independent branches are broken.
 *
 * <p>Alembic asks "is this revision an ancestor of another head?" by recomputing ancestor
 * sets. Here the same question is answered by counting, for each revision, its children that
 * are still to be emitted: within the set being sorted (which contains every revision between
 * any two of its members) a revision is an ancestor of another head exactly when one of its
 * children is still pending. That keeps the sort linear in the size of the graph.
 */
final class TopologicalOrder {

	private TopologicalOrder() {
	}

	/**
	 * Sorts the revisions.
	 * @param todo the revisions to sort, by node index; emptied as they are emitted
	 * @param heads where the walk starts
	 * @param graphSize the number of nodes in the graph
	 */
	static List<RevisionNode> sort(NodeSet todo, Collection<RevisionNode> heads, int graphSize) {
		List<RevisionNode> current = new ArrayList<>();
		heads.stream().filter(todo::contains).distinct().sorted(Comparator.comparingInt(node -> node.index))
				.forEach(current::add);
		NodeSet inCurrent = new NodeSet(graphSize);
		current.forEach(inCurrent::add);
		List<RevisionNode> output = new ArrayList<>(todo.size());
		int candidateIndex = 0;
		while (!current.isEmpty()) {
			RevisionNode candidate = current.get(candidateIndex);
			if (hasPendingChild(candidate, todo)) {
				candidateIndex = firstHeadAbove(candidate, current, todo);
				continue;
			}
			output.add(candidate);
			todo.remove(candidate);
			List<RevisionNode> toAdd = new ArrayList<>(candidate.normalizedDown.size());
			for (RevisionNode down : candidate.normalizedDown) {
				if (todo.contains(down) && !inCurrent.contains(down)) {
					toAdd.add(down);
				}
			}
			inCurrent.remove(candidate);
			if (toAdd.isEmpty()) {
				current.remove(candidateIndex);
				candidateIndex = Math.max(candidateIndex - 1, 0);
			}
			else {
				current.set(candidateIndex, toAdd.get(0));
				current.addAll(toAdd.subList(1, toAdd.size()));
				inCurrent.addAll(toAdd);
			}
		}
		if (!todo.isEmpty()) {
			throw new IllegalStateException("Revisions left unsorted: " + todo);
		}
		return output;
	}

	private static boolean hasPendingChild(RevisionNode candidate, NodeSet todo) {
		for (RevisionNode child : candidate.normalizedNext) {
			if (todo.contains(child)) {
				return true;
			}
		}
		return false;
	}

	/** The position of the first head (in list order) that descends from the candidate. */
	private static int firstHeadAbove(RevisionNode candidate, List<RevisionNode> current, NodeSet todo) {
		Set<RevisionNode> above = new HashSet<>();
		Deque<RevisionNode> walk = new ArrayDeque<>();
		walk.push(candidate);
		while (!walk.isEmpty()) {
			for (RevisionNode child : walk.pop().normalizedNext) {
				if (todo.contains(child) && above.add(child)) {
					walk.push(child);
				}
			}
		}
		for (int i = 0; i < current.size(); i++) {
			if (above.contains(current.get(i))) {
				return i;
			}
		}
		throw new IllegalStateException("No head above " + candidate);
	}

}
