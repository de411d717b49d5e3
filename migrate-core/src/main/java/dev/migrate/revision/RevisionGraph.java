package dev.migrate.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The revision graph: answers every question about revisions (heads, bases, identifiers,
 * history, upgrade and downgrade plans) the way Alembic's revision map does.
 *
 * <p>Built once from revisions in script file-name order, the order that breaks ties between
 * independent branches. Invalid graphs are rejected when built. Immutable and safe to share
 * between threads.
 */
public final class RevisionGraph {

	/** Alembic's relative destination: optional {@code label@}, optional symbol, then {@code +n} or {@code -n}. */
	private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)");

	private static final Pattern INTEGER = Pattern.compile("\\s*[+-]?\\d+\\s*");

	private final List<RevisionNode> nodes;

	private final List<Revision> revisions;

	/** Revision ids and branch labels. */
	private final Map<String, RevisionNode> keys;

	private final List<RevisionNode> heads;

	private final List<RevisionNode> realHeads;

	private final List<RevisionNode> bases;

	/** Stands for "below every base" in relative walks (Alembic's {@code "base"} marker). */
	private final RevisionNode baseMarker = new RevisionNode(Revision.of("base"), -1);

	private RevisionGraph(GraphBuilder.Built built) {
		this.nodes = built.nodes();
		this.revisions = this.nodes.stream().map(node -> node.revision).toList();
		this.keys = built.keys();
		this.heads = this.nodes.stream().filter(RevisionNode::isHead).toList();
		this.realHeads = this.nodes.stream().filter(node -> node.allNext.isEmpty()).toList();
		this.bases = this.nodes.stream().filter(node -> node.down.isEmpty()).toList();
	}

	/**
	 * Builds the graph, rejecting duplicate ids, unknown down revisions or dependencies,
	 * cycles and conflicting branch labels.
	 * @param revisions every revision, in script file-name order
	 * @return the graph
	 * @throws InvalidRevisionGraphException if the revisions do not form a valid graph
	 */
	public static RevisionGraph of(List<Revision> revisions) {
		return new RevisionGraph(GraphBuilder.build(revisions));
	}

	/**
	 * Returns every revision.
	 * @return the revisions in load (file-name) order
	 */
	public List<Revision> revisions() {
		return this.revisions;
	}

	/**
	 * Tells whether the graph has no revisions.
	 * @return whether it is empty
	 */
	public boolean isEmpty() {
		return this.nodes.isEmpty();
	}

	/**
	 * Returns the revision with exactly this id.
	 * @param id a full revision id
	 * @return the revision
	 * @throws RevisionNotFoundException if no revision has this id
	 */
	public Revision get(String id) {
		return node(id).revision;
	}

	/**
	 * Finds the revision with exactly this id.
	 * @param id a full revision id
	 * @return the revision, or empty
	 */
	public Optional<Revision> find(String id) {
		RevisionNode node = this.keys.get(id);
		return (node != null && node.id.equals(id)) ? Optional.of(node.revision) : Optional.empty();
	}

	/**
	 * Returns the heads: revisions that no other revision revises. A revision that others only
	 * depend on counts as a head here.
	 * @return head ids in load order
	 */
	public List<String> heads() {
		return ids(this.heads);
	}

	/**
	 * Returns the heads with dependencies resolved: revisions that nothing revises or depends
	 * on. This is what the identifier {@code heads} means.
	 * @return head ids in load order
	 */
	public List<String> realHeads() {
		return ids(this.realHeads);
	}

	/**
	 * Returns the bases: revisions that revise nothing.
	 * @return base ids in load order
	 */
	public List<String> bases() {
		return ids(this.bases);
	}

	/**
	 * Returns the single head, what {@code head} means.
	 * @return the head, or empty for an empty graph
	 * @throws MultipleHeadsException if there are several heads
	 */
	public Optional<String> currentHead() {
		return currentHead(null);
	}

	/**
	 * Returns the single head of a branch, what {@code label@head} means.
	 * @param branch a branch label or revision that selects the branch, or {@code null} for all
	 * @return the head, or empty when the branch has none
	 * @throws MultipleHeadsException if there are several
	 */
	public Optional<String> currentHead(@Nullable String branch) {
		List<RevisionNode> found = this.heads;
		if (branch != null && !branch.isEmpty()) {
			found = filterForLineage(found, branch);
		}
		if (found.size() > 1) {
			throw new MultipleHeadsException(ids(found), (branch != null && !branch.isEmpty()) ? branch + "@head" : "head");
		}
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).id);
	}

	/**
	 * Returns the revisions that revise this one.
	 * @param id a full revision id
	 * @return their ids, in load order
	 */
	public List<String> nextRevisions(String id) {
		return ids(node(id).next);
	}

	/**
	 * Returns the revisions that depend on this one without revising it.
	 * @param id a full revision id
	 * @return their ids, in load order
	 */
	public List<String> dependents(String id) {
		RevisionNode node = node(id);
		return ids(node.allNext.stream().filter(next -> !node.next.contains(next)).toList());
	}

	/**
	 * Returns the effective branch labels of a revision: its own and those that reach it along
	 * its branch.
	 * @param id a full revision id
	 * @return the labels, sorted
	 */
	public Set<String> branchLabels(String id) {
		return Collections.unmodifiableSet(node(id).branchLabels);
	}

	/**
	 * Returns the dependencies of a revision resolved to revision ids.
	 * @param id a full revision id
	 * @return the ids, in declared order
	 */
	public List<String> resolvedDependencies(String id) {
		return ids(node(id).dependencies);
	}

	/**
	 * Returns what a revision stands on: its down revisions followed by the dependencies that
	 * none of its ancestors already declares (Alembic's normalized down revisions). Upgrading
	 * to the revision moves the version rows of exactly these.
	 * @param id a full revision id
	 * @return their ids, down revisions first, in declared order
	 */
	public List<String> normalizedDownRevisions(String id) {
		return ids(node(id).normalizedDown);
	}

	/**
	 * Tells whether no revision revises this one.
	 * @param id a full revision id
	 * @return whether it is a head
	 */
	public boolean isHead(String id) {
		return node(id).isHead();
	}

	/**
	 * Tells whether several revisions revise this one.
	 * @param id a full revision id
	 * @return whether it is a branch point
	 */
	public boolean isBranchPoint(String id) {
		return node(id).isBranchPoint();
	}

	/**
	 * Resolves an identifier of any form: a full id, a unique prefix, a branch label,
	 * {@code head}, {@code heads}, {@code base}, {@code label@head}, {@code id@label}, {@code -n}
	 * or {@code label@-n}.
	 * @param identifier the identifier
	 * @return the revisions it names; empty for {@code base}
	 * @throws RevisionException if it names nothing, or is ambiguous
	 */
	public List<Revision> resolve(String identifier) {
		return revisionsOf(getRevisions(identifier));
	}

	/**
	 * Resolves several identifiers.
	 * @param identifiers the identifiers
	 * @return the revisions they name, in the order given
	 * @throws RevisionException if one names nothing, or is ambiguous
	 */
	public List<Revision> resolve(Collection<String> identifiers) {
		return revisionsOf(getRevisions(identifiers));
	}

	/**
	 * Resolves an identifier that must name at most one revision.
	 * @param identifier the identifier
	 * @return the revision, or empty for {@code base}
	 * @throws MultipleHeadsException if it names several revisions
	 * @throws RevisionException if it names nothing, or is ambiguous
	 */
	public Optional<Revision> resolveOne(String identifier) {
		RevisionNode node = getRevision(identifier);
		return (node == null || node == this.baseMarker) ? Optional.empty() : Optional.of(node.revision);
	}

	/**
	 * Lists the revisions of a history range, newest first, as {@code history -r lower:upper}
	 * shows them; both ends are included, relative ends may not overrun.
	 * @param lower the older end, {@code base} for the beginning
	 * @param upper the newer end, {@code heads} for every head
	 * @return the revisions in the range
	 * @throws RevisionException if an end cannot be resolved or the ends are not related
	 */
	public List<Revision> history(String lower, String upper) {
		return history(Ref.of(lower), Ref.of(upper));
	}

	/**
	 * Lists the revisions from several older ends up to an identifier, newest first, as
	 * {@code history -r current:END} shows them for the rows of a version table.
	 * @param lower the older ends: revision ids; none for the beginning
	 * @param upper the newer end, {@code heads} for every head
	 * @return the revisions in the range
	 * @throws RevisionException if an end cannot be resolved or the ends are not related
	 */
	public List<Revision> history(Collection<String> lower, String upper) {
		return history(Ref.of(lower), Ref.of(upper));
	}

	/**
	 * Lists the revisions from an identifier up to several newer ends, newest first, as
	 * {@code history -r START:current} shows them for the rows of a version table.
	 * @param lower the older end, {@code base} for the beginning
	 * @param upper the newer ends: revision ids
	 * @return the revisions in the range; none when {@code upper} is empty
	 * @throws RevisionException if an end cannot be resolved or the ends are not related
	 */
	public List<Revision> history(String lower, Collection<String> upper) {
		return upper.isEmpty() ? List.of() : history(Ref.of(lower), Ref.of(upper));
	}

	private List<Revision> history(Ref lower, Ref upper) {
		Collected collected = collectUpgrade(upper, lower, new Walk(true, false, false));
		return revisionsOf(collected.sorted());
	}

	/**
	 * Plans an upgrade: the revisions to apply, in order, to move a database whose version table
	 * holds {@code current} to {@code target}. Relative targets ({@code +1}, {@code label@+2})
	 * count from {@code current}.
	 * @param current the revision ids in the version table
	 * @param target the target identifier
	 * @return the revisions to apply, oldest first
	 * @throws RevisionException if the target cannot be reached from {@code current}
	 */
	public List<Revision> upgradePath(Collection<String> current, String target) {
		Collected collected = collectUpgrade(Ref.of(target), Ref.of(current), new Walk(false, true, true));
		List<RevisionNode> order = new ArrayList<>(collected.sorted());
		Collections.reverse(order);
		return revisionsOf(order);
	}

	/**
	 * Plans a downgrade: the revisions to revert, in order, to move a database whose version
	 * table holds {@code current} down to {@code target}. Relative targets ({@code -1},
	 * {@code label@-1}) count from {@code current}.
	 * @param current the revision ids in the version table
	 * @param target the target identifier, {@code base} for everything
	 * @return the revisions to revert, newest first
	 * @throws RevisionException if the target is not below {@code current}
	 */
	public List<Revision> downgradePath(Collection<String> current, String target) {
		Collected collected = collectDowngrade(Ref.of(current), target, new Walk(false, false, true));
		return revisionsOf(collected.sorted());
	}

	// ---------------------------------------------------------------- resolution

	private RevisionNode node(String id) {
		RevisionNode node = this.keys.get(id);
		if (node == null || !node.id.equals(id)) {
			throw new RevisionNotFoundException("No such revision '" + id + "'", id);
		}
		return node;
	}

	/** An identifier split into revision ids and an optional branch label ({@code _resolve_revision_number}). */
	private record Resolved(List<String> ids, @Nullable String branch) {
	}

	private Resolved resolveNumber(@Nullable String identifier) {
		String branch = null;
		String id = identifier;
		if (id != null && id.indexOf('@') >= 0) {
			int at = id.indexOf('@');
			branch = id.substring(0, at);
			id = id.substring(at + 1);
		}
		if ("heads".equals(id)) {
			return new Resolved((branch != null && !branch.isEmpty()) ? ids(filterForLineage(this.heads, branch))
					: ids(this.realHeads), branch);
		}
		if ("head".equals(id)) {
			return new Resolved(currentHead(branch).map(List::of).orElse(List.of()), branch);
		}
		if (id == null || "base".equals(id)) {
			return new Resolved(List.of(), branch);
		}
		return new Resolved(List.of(id), branch);
	}

	/** Alembic's {@code get_revisions}: may hold {@code null} or the base marker after an overrunning walk. */
	private List<@Nullable RevisionNode> getRevisions(@Nullable String identifier) {
		Resolved resolved = resolveNumber(identifier);
		if (resolved.ids().size() == 1 && INTEGER.matcher(resolved.ids().get(0)).matches()) {
			long steps = Long.parseLong(resolved.ids().get(0).strip().replace("+", ""));
			if (steps < 0) {
				List<@Nullable RevisionNode> result = new ArrayList<>();
				for (RevisionNode head : this.realHeads) {
					if (resolved.branch() == null || head.branchLabels.contains(resolved.branch())) {
						result.add(walk(head, (int) Math.max(steps, Integer.MIN_VALUE + 1), null, true));
					}
				}
				return result;
			}
		}
		List<@Nullable RevisionNode> result = new ArrayList<>(resolved.ids().size());
		for (String id : resolved.ids()) {
			result.add(revisionForIdent(id, resolved.branch()));
		}
		return result;
	}

	private List<@Nullable RevisionNode> getRevisions(Collection<String> identifiers) {
		List<@Nullable RevisionNode> result = new ArrayList<>();
		for (String identifier : identifiers) {
			result.addAll(getRevisions(identifier));
		}
		return result;
	}

	/** Alembic's {@code get_revision}. */
	private @Nullable RevisionNode getRevision(@Nullable String identifier) {
		Resolved resolved = resolveNumber(identifier);
		if (resolved.ids().size() > 1) {
			throw new MultipleHeadsException(resolved.ids(), String.valueOf(identifier));
		}
		return resolved.ids().isEmpty() ? null : revisionForIdent(resolved.ids().get(0), resolved.branch());
	}

	private RevisionNode resolveBranch(String branch) {
		RevisionNode node = this.keys.get(branch);
		if (node != null) {
			return node;
		}
		try {
			return revisionForIdent(branch, null);
		}
		catch (RevisionNotFoundException ex) {
			throw new RevisionNotFoundException("No such branch: '" + branch + "'", branch);
		}
	}

	private RevisionNode revisionForIdent(String id, @Nullable String branch) {
		boolean checkBranch = branch != null && !branch.isEmpty();
		RevisionNode branchNode = checkBranch ? resolveBranch(branch) : null;
		RevisionNode node = this.keys.get(id);
		if (node == null) {
			List<String> matches = prefixMatches(id);
			if (checkBranch) {
				matches = matches.stream().filter(match -> sharesLineage(this.keys.get(match), List.of(branchNode)))
						.toList();
			}
			if (matches.isEmpty()) {
				throw new RevisionNotFoundException("No such revision or branch '" + id + "'" + ((id.length() < 4)
						? "; please ensure at least four characters are present for partial revision identifier matches"
						: ""), id);
			}
			if (matches.size() > 1) {
				throw new AmbiguousRevisionException(id, matches);
			}
			node = this.keys.get(matches.get(0));
		}
		if (checkBranch && !sharesLineage(node, List.of(branchNode))) {
			throw new RevisionNotFoundException(
					"Revision " + node.id + " is not a member of branch '" + branch + "'", id);
		}
		return node;
	}

	/**
	 * Keys of four or more characters that start with the prefix, in Alembic's map order (ids
	 * in load order, then labels). A scan: prefixes are typed by people, not looked up in loops.
	 */
	private List<String> prefixMatches(String prefix) {
		List<String> matches = new ArrayList<>();
		if (!prefix.isEmpty()) {
			for (String key : this.keys.keySet()) {
				if (key.length() > 3 && key.startsWith(prefix)) {
					matches.add(key);
				}
			}
		}
		return matches;
	}

	private List<RevisionNode> filterForLineage(Collection<RevisionNode> targets, @Nullable String checkAgainst) {
		Resolved resolved = resolveNumber(checkAgainst);
		List<String> shares = new ArrayList<>();
		if (resolved.branch() != null && !resolved.branch().isEmpty()) {
			shares.add(resolved.branch());
		}
		shares.addAll(resolved.ids());
		if (shares.isEmpty()) {
			return List.copyOf(targets);
		}
		List<RevisionNode> against = new ArrayList<>(shares.size());
		for (String share : shares) {
			against.add(revisionForIdent(share, null));
		}
		return targets.stream().filter(target -> sharesLineage(target, against)).toList();
	}

	private boolean sharesLineage(RevisionNode target, List<RevisionNode> against) {
		if (against.isEmpty()) {
			return true;
		}
		Set<RevisionNode> wanted = new HashSet<>(against);
		return reaches(target, wanted, true) || reaches(target, wanted, false);
	}

	/** Whether a walk up (or down) the down-revision edges from {@code start} meets one of {@code wanted}. */
	private static boolean reaches(RevisionNode start, Set<RevisionNode> wanted, boolean up) {
		Set<RevisionNode> seen = new HashSet<>();
		Deque<RevisionNode> todo = new ArrayDeque<>();
		todo.push(start);
		while (!todo.isEmpty()) {
			RevisionNode node = todo.pop();
			if (wanted.contains(node)) {
				return true;
			}
			if (seen.add(node)) {
				(up ? node.next : node.down).forEach(todo::push);
			}
		}
		return false;
	}

	// ---------------------------------------------------------------- relative walks

	/**
	 * Walks {@code steps} revisions up (positive) or down (negative) from {@code start}
	 * ({@code null} is below the bases); refuses to cross a branch or merge point.
	 * @return the revision reached, the base marker when walking below the bases, or
	 * {@code null} when the walk overran and {@code noOverwalk} is set
	 */
	private @Nullable RevisionNode walk(@Nullable RevisionNode start, int steps, @Nullable String branch,
			boolean noOverwalk) {
		RevisionNode position = start;
		for (int step = 0; step < Math.abs(steps); step++) {
			List<RevisionNode> children;
			if (steps > 0) {
				if (position == this.baseMarker) {
					throw new RevisionException("Cannot walk up from below base");
				}
				children = (position == null) ? this.bases : position.next;
				if (branch != null && !branch.isEmpty()) {
					children = filterForLineage(children, branch);
				}
			}
			else if (position == this.baseMarker) {
				children = List.of();
			}
			else {
				children = (position == null) ? this.heads : position.down;
				if (children.isEmpty()) {
					children = List.of(this.baseMarker);
				}
			}
			if (children.isEmpty()) {
				return noOverwalk ? null : position;
			}
			if (children.size() > 1) {
				throw new RevisionException("Ambiguous walk: " + describeWalk(start, steps)
						+ " would cross a branch point; name the branch (label@" + ((steps > 0) ? "+" : "") + steps
						+ ") or a revision");
			}
			position = children.get(0);
		}
		return position;
	}

	private static String describeWalk(@Nullable RevisionNode start, int steps) {
		return ((start == null) ? "base" : start.id) + ((steps > 0) ? " +" : " ") + steps;
	}

	private static final class Target {

		final @Nullable String branch;

		final @Nullable RevisionNode node;

		Target(@Nullable String branch, @Nullable RevisionNode node) {
			this.branch = branch;
			this.node = node;
		}

	}

	/** Either a single identifier or the revision ids of a version table. */
	private record Ref(@Nullable String single, List<String> many) {

		static Ref of(String identifier) {
			return new Ref(identifier, List.of(identifier));
		}

		static Ref of(Collection<String> ids) {
			return new Ref(null, List.copyOf(ids));
		}

		boolean isString() {
			return this.single != null;
		}

		@Override
		public String toString() {
			return isString() ? this.single : (this.many.isEmpty() ? "base" : String.join(", ", this.many));
		}

	}

	/** Options of a traversal, named after Alembic's {@code iterate_revisions} arguments. */
	private record Walk(boolean inclusive, boolean implicitBase, boolean assertRelativeLength) {
	}

	private static RevisionException relativeTooFar(String relative, long steps) {
		return new RevisionException(
				"Relative revision " + relative + " didn't produce " + Math.abs(steps) + " migrations");
	}

	private Target parseDowngradeTarget(Ref current, @Nullable String target, boolean assertRelativeLength) {
		if (target == null) {
			return new Target(null, null);
		}
		Matcher match = RELATIVE.matcher(target);
		if (match.lookingAt()) {
			String branch = match.group(1);
			String symbol = match.group(2);
			String relative = match.group(3);
			int steps = parseSteps(relative);
			if (steps >= 0) {
				if (symbol == null) {
					throw relativeTooFar(relative, steps);
				}
				RevisionNode reached = walk(getRevision(symbol), steps, branch, assertRelativeLength);
				if (reached == null) {
					throw new RevisionException("Walked too far: " + target + " goes past the end of the graph");
				}
				return new Target(branch, reached);
			}
			boolean fromCurrent = symbol == null;
			if (fromCurrent) {
				if (branch != null && !branch.isEmpty()) {
					List<RevisionNode> currentNodes = nonNull(getRevisions(current.many()));
					List<RevisionNode> onBranch = filterForLineage(currentNodes, branch);
					if (onBranch.isEmpty()) {
						onBranch = filterForLineage(allCurrent(current.many()), branch);
					}
					if (onBranch.size() != 1) {
						throw new RevisionException("Cannot tell where branch '" + branch + "' stands: the current revisions ("
								+ current + ") have " + onBranch.size() + " revisions on it");
					}
					symbol = onBranch.get(0).id;
				}
				else {
					if (current.many().isEmpty()) {
						throw relativeTooFar(relative, steps);
					}
					symbol = current.many().get(0);
					branch = symbol;
				}
			}
			RevisionNode start = getRevision((branch == null) ? symbol : branch + "@" + symbol);
			RevisionNode reached = walk(start, steps, null, assertRelativeLength);
			if (reached == null) {
				if (fromCurrent) {
					throw relativeTooFar(relative, steps);
				}
				throw new RevisionException("Walked too far: " + target + " goes past the base");
			}
			return new Target(branch, reached);
		}
		int at = target.lastIndexOf('@');
		String branch = (at > 0) ? target.substring(0, at) : null;
		return new Target(branch, getRevision(target.substring(at + 1)));
	}

	private static int parseSteps(String relative) {
		try {
			return Integer.parseInt(relative.startsWith("+") ? relative.substring(1) : relative);
		}
		catch (NumberFormatException ex) {
			throw new RevisionException("Relative step " + relative + " is too large");
		}
	}

	/** The tips of everything the given revisions stand on ({@code _get_all_current}). */
	private List<RevisionNode> allCurrent(List<String> ids) {
		Set<RevisionNode> top = new LinkedHashSet<>(nonNull(getRevisions(ids)));
		top.addAll(ancestors(top, true));
		List<RevisionNode> tips = new ArrayList<>();
		for (RevisionNode node : top) {
			boolean covered = false;
			for (RevisionNode descendant : descendants(List.of(node), false)) {
				if (descendant != node && top.contains(descendant)) {
					covered = true;
					break;
				}
			}
			if (!covered) {
				tips.add(node);
			}
		}
		return tips;
	}

	private List<@Nullable RevisionNode> parseUpgradeTarget(Ref current, Ref target, boolean assertRelativeLength) {
		Matcher match = target.isString() ? RELATIVE.matcher(target.single()) : null;
		if (match == null || !match.lookingAt()) {
			return target.isString() ? getRevisions(target.single()) : getRevisions(target.many());
		}
		String branch = match.group(1);
		String symbol = match.group(2);
		String relative = match.group(3);
		int steps = parseSteps(relative);
		boolean onBranch = branch != null && !branch.isEmpty();
		if (steps > 0) {
			if (symbol != null) {
				List<@Nullable RevisionNode> result = new ArrayList<>(1);
				result.add(walk(getRevision(symbol), steps, branch, assertRelativeLength));
				return result;
			}
			List<@Nullable RevisionNode> starts = new ArrayList<>();
			if (onBranch) {
				starts.addAll(filterForLineage(nonNull(getRevisions(current.many())), branch));
				if (starts.isEmpty()) {
					List<RevisionNode> active = filterForLineage(ancestors(nonNull(getRevisions(current.many())), true),
							branch);
					Set<RevisionNode> tips = new LinkedHashSet<>(active);
					active.forEach(node -> node.normalizedDown.forEach(tips::remove));
					starts.addAll(tips);
					if (starts.isEmpty()) {
						starts.add(null);
					}
				}
			}
			else if (current.many().isEmpty()) {
				starts.add(null);
			}
			else {
				for (String id : current.many()) {
					starts.add(getRevision(id));
				}
			}
			if (starts.size() > 1) {
				throw new RevisionException("Ambiguous upgrade from multiple current revisions (" + current
						+ "); name the branch, as in label@" + relative);
			}
			RevisionNode reached = walk(starts.get(0), steps, branch, assertRelativeLength);
			if (reached == null) {
				throw relativeTooFar(relative, steps);
			}
			return List.of(reached);
		}
		if (symbol == null) {
			throw relativeTooFar(String.valueOf(steps), steps);
		}
		RevisionNode start = getRevision(branch == null ? symbol : branch + "@" + symbol);
		List<@Nullable RevisionNode> result = new ArrayList<>(1);
		result.add(walk(start, steps, null, assertRelativeLength));
		return result;
	}

	// ---------------------------------------------------------------- plans

	/** The revisions a traversal covers, and the heads their ordering starts from. */
	private record Collected(NodeSet revisions, List<RevisionNode> heads, List<RevisionNode> graph) {

		List<RevisionNode> sorted() {
			return TopologicalOrder.sort(this.revisions, this.heads, this.graph);
		}

	}

	private Collected collectUpgrade(Ref upper, Ref lower, Walk walk) {
		List<RevisionNode> targets = new ArrayList<>();
		for (RevisionNode target : parseUpgradeTarget(lower, upper, walk.assertRelativeLength())) {
			if (target == null || target == this.baseMarker) {
				throw new RevisionException("Target " + upper + " walks past the end of the graph");
			}
			targets.add(target);
		}
		if (lower.isString() && lower.single().indexOf('@') >= 0) {
			String branch = lower.single().substring(0, lower.single().indexOf('@'));
			RevisionNode branchNode = getRevision(branch);
			if (branchNode != null && branchNode != this.baseMarker && branchNode.id.equals(branch)) {
				if (branchNode.branchLabels.size() != 1) {
					throw new RevisionException("Revision " + branch + " used as a branch has "
							+ branchNode.branchLabels.size() + " branch labels; name one label instead");
				}
				branch = branchNode.branchLabels.iterator().next();
			}
			String label = branch;
			targets = new ArrayList<>(new LinkedHashSet<>(targets.stream().filter(t -> t.branchLabels.contains(label)).toList()));
		}
		NodeSet required = nodeSet(checkedAncestors(targets, true));
		required.addAll(targets);

		List<@Nullable RevisionNode> current = lower.isString() ? getRevisions(lower.single()) : getRevisions(lower.many());
		if (!walk.implicitBase()) {
			for (RevisionNode node : current) {
				if (node != null && !required.contains(node)) {
					throw new RangeNotAncestorException("Revision " + lower + " is not an ancestor of revision " + upper
							+ ": the range " + lower + ":" + upper + " does not follow one branch");
				}
			}
		}
		Ref lowerRef = lower;
		if (!current.isEmpty() && current.get(0) == null) {
			Target relative = parseDowngradeTarget(upper, lower.single(), walk.assertRelativeLength());
			if (relative.node == null) {
				throw new RevisionException("Cannot resolve " + lower + " against " + upper);
			}
			if (relative.node == this.baseMarker) {
				current = List.of();
				lowerRef = null;
			}
			else {
				current = List.of(relative.node);
				lowerRef = Ref.of(relative.node.id);
			}
		}
		List<RevisionNode> currentNodes = new ArrayList<>(current.size());
		for (RevisionNode node : current) {
			if (node == null || node == this.baseMarker) {
				throw new RevisionException("Cannot start from " + lower + ": it walks past the base");
			}
			currentNodes.add(node);
		}
		NodeSet needs = required;
		needs.removeAll(nodeSet(checkedAncestors(currentNodes, true)));
		currentNodes.forEach(needs::remove);
		if (walk.inclusive() && lowerRef != null) {
			for (RevisionNode node : lowerRef.isString() ? getRevisions(lowerRef.single()) : getRevisions(lowerRef.many())) {
				if (node == null || node == this.baseMarker) {
					throw new RevisionException("Cannot include " + lower + ": it walks past the base");
				}
				needs.add(node);
			}
		}
		if (!currentNodes.isEmpty() && !walk.implicitBase()) {
			needs.retainAll(nodeSet(checkedDescendants(currentNodes)));
		}
		return new Collected(needs, targets, this.nodes);
	}

	private Collected collectDowngrade(Ref upper, @Nullable String target, Walk walk) {
		Target parsed = parseDowngradeTarget(upper, target, walk.assertRelativeLength());
		RevisionNode targetNode = (parsed.node == this.baseMarker) ? null : parsed.node;
		List<RevisionNode> roots;
		if (targetNode == null) {
			roots = this.bases;
		}
		else if (walk.inclusive()) {
			roots = List.of(targetNode);
		}
		else {
			roots = targetNode.next;
		}
		if (parsed.branch != null && !parsed.branch.isEmpty() && roots.size() > 1) {
			NodeSet branchAncestors = nodeSet(ancestors(List.of(resolveBranch(parsed.branch)), false));
			roots = roots.stream().filter(branchAncestors::contains).toList();
			if (roots.isEmpty()) {
				throw new RevisionException("Not a valid downgrade target from current heads: " + target);
			}
		}
		List<RevisionNode> heads = nonNull(upper.isString() ? getRevisions(upper.single()) : getRevisions(upper.many()));
		NodeSet active = nodeSet(ancestors(heads, true));
		NodeSet downgrade = nodeSet(descendants(roots, true));
		downgrade.retainAll(active);
		if (walk.implicitBase()) {
			NodeSet rest = nodeSet(ancestors(heads, true));
			rest.removeAll(nodeSet(ancestors(roots, true)));
			downgrade.addAll(rest);
		}
		if (targetNode != null && downgrade.isEmpty() && !heads.contains(targetNode)) {
			throw new RangeNotAncestorException("Destination " + target
					+ " is not a valid downgrade target from current head(s) " + upper + ": nothing to revert");
		}
		return new Collected(downgrade, heads, this.nodes);
	}

	// ---------------------------------------------------------------- graph walks

	/** Every ancestor of the given revisions, themselves included, following dependencies when asked. */
	private List<RevisionNode> ancestors(Collection<RevisionNode> from, boolean withDependencies) {
		return related(from, node -> withDependencies ? node.normalizedDown : node.down);
	}

	/** Every descendant of the given revisions, themselves included, following dependents when asked. */
	private List<RevisionNode> descendants(Collection<RevisionNode> from, boolean withDependents) {
		return related(from, node -> withDependents ? node.allNext : node.next);
	}

	private List<RevisionNode> related(Collection<RevisionNode> from,
			java.util.function.Function<RevisionNode, List<RevisionNode>> step) {
		NodeSet seen = new NodeSet(this.nodes.size());
		List<RevisionNode> result = new ArrayList<>();
		Deque<RevisionNode> todo = new ArrayDeque<>();
		for (RevisionNode start : from) {
			todo.push(start);
			while (!todo.isEmpty()) {
				RevisionNode node = todo.pop();
				if (seen.add(node)) {
					result.add(node);
					step.apply(node).forEach(todo::push);
				}
			}
		}
		return result;
	}

	/** Ancestors, rejecting requested revisions where one lies below another. */
	private List<RevisionNode> checkedAncestors(List<RevisionNode> from, boolean withDependencies) {
		List<RevisionNode> result = ancestors(from, withDependencies);
		checkOverlap(from, node -> withDependencies ? node.normalizedDown : node.down);
		return result;
	}

	private List<RevisionNode> checkedDescendants(List<RevisionNode> from) {
		List<RevisionNode> result = descendants(from, false);
		checkOverlap(from, node -> node.next);
		return result;
	}

	private static void checkOverlap(List<RevisionNode> requested,
			java.util.function.Function<RevisionNode, List<RevisionNode>> step) {
		if (requested.size() < 2) {
			return;
		}
		Set<RevisionNode> requestedSet = new HashSet<>(requested);
		for (RevisionNode start : requested) {
			Set<RevisionNode> seen = new HashSet<>();
			Deque<RevisionNode> todo = new ArrayDeque<>(step.apply(start));
			Set<String> overlaps = new LinkedHashSet<>();
			while (!todo.isEmpty()) {
				RevisionNode node = todo.pop();
				if (seen.add(node)) {
					if (node != start && requestedSet.contains(node)) {
						overlaps.add(node.id);
					}
					step.apply(node).forEach(todo::push);
				}
			}
			if (!overlaps.isEmpty()) {
				throw new RevisionException("Requested revision " + start.id
						+ " overlaps with other requested revisions " + String.join(", ", overlaps));
			}
		}
	}

	// ---------------------------------------------------------------- conversions

	private NodeSet nodeSet(Collection<RevisionNode> members) {
		NodeSet set = new NodeSet(this.nodes.size());
		set.addAll(members);
		return set;
	}

	private static List<String> ids(List<RevisionNode> nodes) {
		List<String> ids = new ArrayList<>(nodes.size());
		for (RevisionNode node : nodes) {
			ids.add(node.id);
		}
		return Collections.unmodifiableList(ids);
	}

	private List<Revision> revisionsOf(List<@Nullable RevisionNode> nodes) {
		List<Revision> result = new ArrayList<>(nodes.size());
		for (RevisionNode node : nodes) {
			if (node != null && node != this.baseMarker) {
				result.add(node.revision);
			}
		}
		return Collections.unmodifiableList(result);
	}

	private List<RevisionNode> nonNull(List<@Nullable RevisionNode> nodes) {
		List<RevisionNode> result = new ArrayList<>(nodes.size());
		for (RevisionNode node : nodes) {
			if (node != null && node != this.baseMarker) {
				result.add(node);
			}
		}
		return result;
	}

}
