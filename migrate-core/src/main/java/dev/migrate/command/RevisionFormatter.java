package dev.migrate.command;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.ScriptDirectory;

/**
 * Writes revisions the way Alembic's commands print them, so that its users can read and parse
 * the output: one method per form that a command uses.
 */
final class RevisionFormatter {

	private final RevisionGraph graph;

	private final Function<String, DescribedRevision> describe;

	private final Set<String> current;

	/**
	 * Creates a formatter.
	 * @param graph the graph that says which revisions are heads, branch and merge points
	 * @param describe looks up the script text of a revision by id
	 * @param current the revisions a database is at, marked {@code (current)}; empty without one
	 */
	RevisionFormatter(RevisionGraph graph, Function<String, DescribedRevision> describe, Set<String> current) {
		this.graph = graph;
		this.describe = describe;
		this.current = Set.copyOf(current);
	}

	/**
	 * Creates the formatter of a script directory.
	 * @param directory the scripts and their graph
	 * @param current the revisions a database is at, marked {@code (current)}; empty without one
	 */
	static RevisionFormatter of(ScriptDirectory directory, Set<String> current) {
		return new RevisionFormatter(directory.graph(), (id) -> describe(directory, id), current);
	}

	private static DescribedRevision describe(ScriptDirectory directory, String id) {
		MigrationScript script = directory.script(id);
		return new DescribedRevision(script.revision(), script.message(), script.documentation(), script.origin());
	}

	/** {@code heads}: {@code 1975ea83b712 (todo) (head)}, and {@code (current)} with {@code heads -i}. */
	String headLine(String id) {
		return id + labels(id) + headIndicators(id);
	}

	/** {@code current}: {@code 1975ea83b712 (head)}, without branch labels. */
	String currentLine(String id) {
		return id + headIndicators(id) + treeIndicators(id);
	}

	/** {@code history}: {@code 3512b954651e -> 1975ea83b712 (head), Add priority to todos}. */
	String historyLine(String id) {
		return parents(id) + " -> " + id + labels(id) + headIndicators(id) + treeIndicators(id) + ", " + doc(id);
	}

	/** {@code branches}: the branch point itself. */
	String branchPointLine(String id) {
		return id + labels(id) + headIndicators(id) + treeIndicators(id);
	}

	/** {@code branches}: one child of a branch point, without its message. */
	String branchChildLine(String id) {
		return id + labels(id) + headIndicators(id) + treeIndicators(id);
	}

	/** {@code branches -v}: one child of a branch point, with its message. */
	String verboseBranchChildLine(String id) {
		return branchChildLine(id) + ", " + doc(id);
	}

	/**
	 * {@code show} and every verbose form: Alembic's {@code log_entry} block, ending with a line
	 * break after the indented description.
	 */
	String logEntry(String id) {
		DescribedRevision described = this.describe.apply(id);
		Revision revision = described.revision();
		StringBuilder entry = new StringBuilder("Rev: ").append(id);
		entry.append(this.graph.isHead(id) ? " (head)" : "");
		entry.append(this.graph.isBranchPoint(id) ? " (branchpoint)" : "");
		entry.append(revision.isMergePoint() ? " (mergepoint)" : "");
		entry.append(this.current.contains(id) ? " (current)" : "");
		entry.append('\n');
		entry.append(revision.isMergePoint() ? "Merges: " : "Parent: ").append(downRevisions(revision)).append('\n');
		if (!revision.dependsOn().isEmpty()) {
			entry.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
		}
		if (this.graph.isBranchPoint(id)) {
			entry.append("Branches into: ").append(String.join(", ", this.graph.nextRevisions(id))).append('\n');
		}
		Set<String> labels = this.graph.branchLabels(id);
		if (!labels.isEmpty()) {
			entry.append("Branch names: ").append(String.join(", ", labels)).append('\n');
		}
		entry.append("Path: ").append(described.path()).append('\n');
		entry.append('\n');
		List<String> lines = described.longDoc().lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			entry.append((i > 0) ? "\n" : "").append("    ").append(lines.get(i));
		}
		return entry.append('\n').toString();
	}

	private String parents(String id) {
		Revision revision = this.graph.get(id);
		if (revision.dependsOn().isEmpty()) {
			return downRevisions(revision);
		}
		return downRevisions(revision) + " (" + String.join(", ", revision.dependsOn()) + ")";
	}

	private static String downRevisions(Revision revision) {
		return revision.isBase() ? "<base>" : String.join(", ", revision.downRevisions());
	}

	private String labels(String id) {
		Set<String> labels = this.graph.branchLabels(id);
		return labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")";
	}

	private String headIndicators(String id) {
		boolean head = this.graph.isHead(id);
		boolean realHead = head && this.graph.dependents(id).isEmpty();
		return (realHead ? " (head)" : "") + ((head && !realHead) ? " (effective head)" : "")
				+ (this.current.contains(id) ? " (current)" : "");
	}

	private String treeIndicators(String id) {
		return (this.graph.isBranchPoint(id) ? " (branchpoint)" : "")
				+ (this.graph.get(id).isMergePoint() ? " (mergepoint)" : "");
	}

	private String doc(String id) {
		return this.describe.apply(id).doc();
	}

}
