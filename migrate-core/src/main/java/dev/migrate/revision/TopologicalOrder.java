package dev.migrate.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Orders a set of revisions newest first, walking down one branch as long as no other branch
 * still needs the next revision, the way Alembic's topological sort does; heads are taken in
 * load order, which is how ties between independent branches are broken.
 *
 * <p>Alembic asks "is this revision an ancestor of another head?" by recomputing ancestor
 * sets. Here the same question is answered by looking at the revision's children: when the set
 * being sorted contains every revision that lies between two of its members (the usual case),
 * a revision is an ancestor of another head exactly when one of its children is still pending,
 * which keeps the sort linear in the size of the graph. Otherwise (a range whose dependencies
 * leave the set and come back) the question is answered by walking up from the revision
 * through every revision not yet emitted; no path from a pending head to it can pass through
 * an emitted one.
 */
final class TopologicalOrder {

	private TopologicalOrder() {
	}

	/**
	 * Sorts the revisions.
	 * @param todo the revisions to sort, by node index; emptied as they are emitted
	 * @param heads where the walk starts
	 * @param graph every node of the graph, by index
	 */
	static List<RevisionNode> sort(NodeSet todo, Collection<RevisionNode> heads, List<RevisionNode> graph) {
		int graphSize = graph.size();
		List<RevisionNode> current = new ArrayList<>();
		heads.stream().filter(todo::contains).distinct().sorted(Comparator.comparingInt(node -> node.index))
				.forEach(current::add);
		NodeSet inCurrent = new NodeSet(graphSize);
		current.forEach(inCurrent::add);
		List<RevisionNode> output = new ArrayList<>(todo.size());
		Predicate<RevisionNode> unemitted = closed(todo, graph) ? todo::contains : unemitted(todo, graphSize);
		int candidateIndex = 0;
		while (!current.isEmpty()) {
			RevisionNode candidate = current.get(candidateIndex);
			int blockingHead = firstHeadAbove(candidate, current, unemitted);
			if (blockingHead >= 0) {
				candidateIndex = blockingHead;
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
			throw new RangeNotAncestorException("The requested range covers " + todo.size()
					+ " revision(s) that are not below its upper end; choose ends on one line of the graph");
		}
		return output;
	}

	/**
	 * Whether no path between two revisions of the set leaves it: walking down from the set,
	 * no revision outside it leads back into it.
	 */
	private static boolean closed(NodeSet todo, List<RevisionNode> graph) {
		Deque<RevisionNode> walk = new ArrayDeque<>();
		Set<RevisionNode> outside = new HashSet<>();
		for (RevisionNode member : todo.members(graph)) {
			for (RevisionNode down : member.normalizedDown) {
				if (!todo.contains(down) && outside.add(down)) {
					walk.push(down);
				}
			}
		}
		while (!walk.isEmpty()) {
			for (RevisionNode down : walk.pop().normalizedDown) {
				if (todo.contains(down)) {
					return false;
				}
				if (outside.add(down)) {
					walk.push(down);
				}
			}
		}
		return true;
	}

	/** Revisions outside the set, and those of the set not emitted yet. */
	private static Predicate<RevisionNode> unemitted(NodeSet todo, int graphSize) {
		NodeSet members = new NodeSet(graphSize);
		members.addAll(todo);

		return node -> !members.contains(node) || todo.contains(node);
	}

	/**
	 * The position of the first head (in list order) that descends from the candidate through
	 * revisions not emitted yet, or -1 when none does.
	 */
	private static int firstHeadAbove(RevisionNode candidate, List<RevisionNode> current,
			Predicate<RevisionNode> unemitted) {
		boolean anyChild = false;
		for (RevisionNode child : candidate.normalizedNext) {
			if (unemitted.test(child)) {
				anyChild = true;
				break;
			}
		}
		if (!anyChild) {
			return -1;
		}
		Set<RevisionNode> above = new HashSet<>();
		Deque<RevisionNode> walk = new ArrayDeque<>();
		walk.push(candidate);
		while (!walk.isEmpty()) {
			for (RevisionNode child : walk.pop().normalizedNext) {
				if (unemitted.test(child) && above.add(child)) {
					walk.push(child);
				}
			}
		}
		for (int i = 0; i < current.size(); i++) {
			if (above.contains(current.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
