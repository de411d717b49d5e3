package dev.migrate.script;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import dev.migrate.revision.Revision;

/**
 * What a new revision script declares, for {@link SqlRevisionWriter}.
 *
 * @param id the revision id
 * @param message the message; like Alembic's doc, its first paragraph is what {@code history}
 * shows; may be empty
 * @param downRevisions the revisions it revises; empty for a base, several for a merge
 * @param branchLabels the branch labels it declares
 * @param dependsOn the revisions or labels it depends on
 * @param createDate when it was created, written in its header
 * @param noTransaction whether it runs outside a transaction
 */
public record NewRevision(String id, String message, List<String> downRevisions, List<String> branchLabels,
		List<String> dependsOn, LocalDateTime createDate, boolean noTransaction) {

	/**
	 * Creates a new revision, checking its ids and copying its lists.
	 * @throws IllegalArgumentException if an id is not a valid revision id
	 */
	public NewRevision {
		if (!Revision.isValidId(id)) {
			throw new IllegalArgumentException(
					"Invalid revision id '" + id + "': use 1 to 32 letters, digits or underscores");
		}
		message = message.strip();
		downRevisions = List.copyOf(downRevisions);
		for (String downRevision : downRevisions) {
			if (!Revision.isValidId(downRevision)) {
				throw new IllegalArgumentException("Invalid down revision id '" + downRevision + "'");
			}
		}
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
		Objects.requireNonNull(createDate, "createDate");
	}

	/**
	 * Creates a new revision that runs inside a transaction.
	 * @param id the revision id
	 * @param message the message; may be empty
	 * @param downRevisions the revisions it revises
	 * @param branchLabels the branch labels it declares
	 * @param dependsOn the revisions or labels it depends on
	 * @param createDate when it was created
	 */
	public NewRevision(String id, String message, List<String> downRevisions, List<String> branchLabels,
			List<String> dependsOn, LocalDateTime createDate) {
		this(id, message, downRevisions, branchLabels, dependsOn, createDate, false);
	}

}
