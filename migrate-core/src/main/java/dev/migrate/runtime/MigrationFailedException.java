package dev.migrate.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.migrate.MigrateException;
import dev.migrate.script.SqlStatement;

/**
 * A step failed while it ran. The message names the revision, its script, the statement (its
 * line and first 200 characters), the database's message, what was rolled back and what the
 * version table now holds. The history table keeps a row for the failure.
 */
public class MigrationFailedException extends MigrateException {

	private final MigrationStep step;

	private final String origin;

	private final Optional<SqlStatement> statement;

	private final Set<String> versionRows;

	/**
	 * Creates the exception.
	 * @param message the full message
	 * @param cause the database's exception, or whatever else failed
	 * @param step the step that failed
	 * @param origin the script of the step's revision; empty for a stamp
	 * @param statement the statement that failed; empty when the step failed elsewhere (such as
	 * the version-table change)
	 * @param versionRows the rows the version table holds after the failure
	 */
	public MigrationFailedException(String message, Throwable cause, MigrationStep step, String origin,
			Optional<SqlStatement> statement, Set<String> versionRows) {
		super(message, cause);
		this.step = Objects.requireNonNull(step, "step");
		this.origin = Objects.requireNonNull(origin, "origin");
		this.statement = Objects.requireNonNull(statement, "statement");
		this.versionRows = Collections.unmodifiableSet(new LinkedHashSet<>(versionRows));
	}

	/**
	 * Returns the step that failed.
	 * @return the step
	 */
	public MigrationStep step() {
		return this.step;
	}

	/**
	 * Returns the revision of the failed step: the one whose script ran, or the one a stamp
	 * moved to (from, for a stamp to base).
	 * @return the revision id
	 */
	public String revision() {
		return Steps.revisionOf(this.step);
	}

	/**
	 * Returns the script of the failed revision.
	 * @return where the script is, as the user knows it; empty for a stamp
	 */
	public String origin() {
		return this.origin;
	}

	/**
	 * Returns the statement that failed.
	 * @return the statement with its line; empty when the step failed elsewhere
	 */
	public Optional<SqlStatement> statement() {
		return this.statement;
	}

	/**
	 * Returns what the version table holds after the failure.
	 * @return the rows
	 */
	public Set<String> versionRows() {
		return this.versionRows;
	}

}
