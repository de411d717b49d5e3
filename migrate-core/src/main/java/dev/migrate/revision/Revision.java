package dev.migrate.revision;

import java.util.List;
import java.util.Objects;

/**
 * One node of the revision graph: its id, the revisions it revises, the branch labels it
 * declares and the revisions it depends on.
 *
 * <p>A revision is pure data; it knows nothing of files. {@code origin} says where it was
 * defined (a script path, a class name) and is used only to name it in error messages.
 *
 * @param id the revision identifier
 * @param downRevisions the revisions this one revises, in declared order; empty for a base,
 * several for a merge
 * @param branchLabels the branch labels this revision declares, in declared order
 * @param dependsOn revision ids, id prefixes or branch labels this revision depends on
 * @param origin where the revision was defined, for messages; empty when unknown
 */
public record Revision(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn,
		String origin) {


	/**
	 * Creates a revision, checking its id and copying its lists.
	 */
	public Revision {
		Objects.requireNonNull(id, "id");
		downRevisions = List.copyOf(downRevisions);
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
		origin = (origin != null) ? origin : "";
	}

	/**
	 * Creates a revision with no labels, no dependencies and no known origin.
	 * @param id the revision identifier
	 * @param downRevisions the revisions this one revises
	 * @return the revision
	 */
	public static Revision of(String id, String... downRevisions) {
		return new Revision(id, List.of(downRevisions), List.of(), List.of(), "");
	}

	/**
	 * Tells whether {@code id} is a well-formed revision identifier: 1 to 32 letters, digits or
	 * underscores.
	 * @param id the candidate
	 * @return whether it may be used as a revision id
	 */
	public static boolean isValidId(String id) {
		if (id == null || id.isEmpty() || id.length() > 32) {
			return false;
		}
		// a loop rather than a pattern: it runs for every revision of a graph at every load
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Tells whether this revision has no down revisions.
	 * @return whether this is a base
	 */
	public boolean isBase() {
		return this.downRevisions.isEmpty();
	}

	/**
	 * Tells whether this revision merges several down revisions.
	 * @return whether this is a merge point
	 */
	public boolean isMergePoint() {
		return this.downRevisions.size() > 1;
	}

	/**
	 * Describes this revision for messages: its id and, when known, its origin.
	 * @return for example {@code 1975ea83b712 (db/migrate/1975ea83b712_add.sql)}
	 */
	public String describe() {
		return this.origin.isEmpty() ? this.id : this.id + " (" + this.origin + ")";
	}

}
