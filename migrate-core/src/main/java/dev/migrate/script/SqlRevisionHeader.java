package dev.migrate.script;

import java.util.List;
import java.util.Objects;

import dev.migrate.revision.Revision;

/**
 * The header of an SQL revision script: the comment lines before {@code -- migrate:upgrade}.
 *
 * @param id the {@code Revision ID:}
 * @param downRevisions the {@code Revises:} ids, in declared order; empty for a base
 * @param branchLabels the {@code Branch Labels:}, in declared order
 * @param dependsOn the {@code Depends On:} ids, id prefixes or labels, in declared order
 * @param message the first paragraph of the header, before the {@code --} separator line (what
 * Alembic calls the revision's doc); empty when the header starts with its keys
 * @param createDate the {@code Create Date:} as written; empty when absent
 * @param transactional {@code false} when the header holds {@code -- migrate:no-transaction}
 * @param documentation the whole header without its comment markers and directives, as
 * {@code show} prints it
 */
public record SqlRevisionHeader(String id, List<String> downRevisions, List<String> branchLabels,
		List<String> dependsOn, String message, String createDate, boolean transactional, String documentation) {

	/**
	 * Creates a header, copying its lists.
	 */
	public SqlRevisionHeader {
		Objects.requireNonNull(id, "id");
		downRevisions = List.copyOf(downRevisions);
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(createDate, "createDate");
		Objects.requireNonNull(documentation, "documentation");
	}

	/**
	 * Returns the graph node this header declares.
	 * @param origin the script, as the user knows it
	 * @return the revision
	 */
	public Revision toRevision(String origin) {
		return new Revision(this.id, this.downRevisions, this.branchLabels, this.dependsOn, origin);
	}

}
