package dev.migrate.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A set of the nodes of one graph, kept as a bit set over their indexes: the traversals add,
 * remove and test millions of nodes on large graphs.
 */
final class NodeSet {

	private final BitSet bits;

	private int size;

	NodeSet(int graphSize) {
		this.bits = new BitSet(graphSize);
	}

	boolean add(RevisionNode node) {
		if (this.bits.get(node.index)) {
			return false;
		}
		this.bits.set(node.index);
		this.size++;
		return true;
	}

	void addAll(Iterable<RevisionNode> nodes) {
		nodes.forEach(this::add);
	}

	boolean remove(RevisionNode node) {
		if (!this.bits.get(node.index)) {
			return false;
		}
		this.bits.clear(node.index);
		this.size--;
		return true;
	}

	boolean contains(RevisionNode node) {
		return node.index >= 0 && this.bits.get(node.index);
	}

	void retainAll(NodeSet other) {
		this.bits.and(other.bits);
		this.size = this.bits.cardinality();
	}

	void removeAll(NodeSet other) {
		this.bits.andNot(other.bits);
		this.size = this.bits.cardinality();
	}

	void addAll(NodeSet other) {
		this.bits.or(other.bits);
		this.size = this.bits.cardinality();
	}

	/** The members, in index order; only for sets of the graph given. */
	List<RevisionNode> members(List<RevisionNode> graph) {
		List<RevisionNode> members = new ArrayList<>(this.size);
		for (int i = this.bits.nextSetBit(0); i >= 0; i = this.bits.nextSetBit(i + 1)) {
			members.add(graph.get(i));
		}
		return members;
	}

	int size() {
		return this.size;
	}

	boolean isEmpty() {
		return this.size == 0;
	}

}
