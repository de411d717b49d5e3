package dev.migrate.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What {@code revision} is asked to create: the options of {@code migrate revision}, with
 * Alembic's defaults.
 *
 * <pre>{@code
 * commands.revision(RevisionRequest.of("Add priority to todos").withHead("todo@head"));
 * }</pre>
 *
 * @param message the message; blank means Alembic's {@code empty message}
 * @param heads what the new revision revises: {@code head} (the default, an error if there are
 * several heads), a revision, {@code label@head}, {@code base} for a new base, or several
 * revisions for a merge
 * @param splice whether a parent may be a revision that is not a head, starting a new branch
 * @param branchLabels the branch labels the new revision declares
 * @param dependsOn revisions (ids, unique prefixes or branch labels) the new revision depends on
 * @param revId the id to use instead of a generated one; {@code null} to generate one
 * @param versionPath the directory to write the script into, which must be one of the file
 * system locations; {@code null} to choose one as Alembic does
 */
public record RevisionRequest(String message, List<String> heads, boolean splice, List<String> branchLabels,
		List<String> dependsOn, @Nullable String revId, @Nullable Path versionPath) {

	/**
	 * Creates a request, copying its lists.
	 */
	public RevisionRequest {
		Objects.requireNonNull(message, "message");
		heads = List.copyOf(heads);
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

	/**
	 * Creates a request for a revision on the single head, with no labels or dependencies.
	 * @param message the message
	 * @return the request
	 */
	public static RevisionRequest of(String message) {
		return new RevisionRequest(message, List.of("head"), false, List.of(), List.of(), null, null);
	}

	/**
	 * Returns this request building on another revision.
	 * @param head a revision, {@code head}, {@code label@head} or {@code base}
	 * @return the new request
	 */
	public RevisionRequest withHead(String head) {
		return new RevisionRequest(this.message, List.of(head), this.splice, this.branchLabels, this.dependsOn,
				this.revId, this.versionPath);
	}

	/**
	 * Returns this request allowing a parent that is not a head (a new branch).
	 * @param splice whether to allow it
	 * @return the new request
	 */
	public RevisionRequest withSplice(boolean splice) {
		return new RevisionRequest(this.message, this.heads, splice, this.branchLabels, this.dependsOn, this.revId,
				this.versionPath);
	}

	/**
	 * Returns this request with branch labels.
	 * @param branchLabels the labels
	 * @return the new request
	 */
	public RevisionRequest withBranchLabels(List<String> branchLabels) {
		return new RevisionRequest(this.message, this.heads, this.splice, branchLabels, this.dependsOn, this.revId,
				this.versionPath);
	}

	/**
	 * Returns this request with dependencies.
	 * @param dependsOn revision ids, unique prefixes or branch labels
	 * @return the new request
	 */
	public RevisionRequest withDependsOn(List<String> dependsOn) {
		return new RevisionRequest(this.message, this.heads, this.splice, this.branchLabels, dependsOn, this.revId,
				this.versionPath);
	}

	/**
	 * Returns this request with a given revision id.
	 * @param revId the id, 1 to 32 letters, digits or underscores
	 * @return the new request
	 */
	public RevisionRequest withRevId(@Nullable String revId) {
		return new RevisionRequest(this.message, this.heads, this.splice, this.branchLabels, this.dependsOn, revId,
				this.versionPath);
	}

	/**
	 * Returns this request writing into a given directory.
	 * @param versionPath one of the file system locations
	 * @return the new request
	 */
	public RevisionRequest withVersionPath(@Nullable Path versionPath) {
		return new RevisionRequest(this.message, this.heads, this.splice, this.branchLabels, this.dependsOn,
				this.revId, versionPath);
	}

	/**
	 * Returns this request building on several revisions, a merge.
	 * @param heads the revisions to merge, or {@code heads}
	 * @return the new request
	 */
	public RevisionRequest withHeads(List<String> heads) {
		return new RevisionRequest(this.message, heads, this.splice, this.branchLabels, this.dependsOn, this.revId,
				this.versionPath);
	}

}
