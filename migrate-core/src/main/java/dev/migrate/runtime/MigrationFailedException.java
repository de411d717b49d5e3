package dev.migrate.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.migrate.MigrateException;
import dev.migrate.ops.Operation;
import dev.migrate.script.SqlStatement;

/**
 * A step failed while it ran. The message names the revision, its script, the statement (its
 * line and first 200 characters) or, for a Java revision, its class, the operation and the
 * statement rendered for it, the database's message, what was rolled back and what the
 * version table now holds. The history table keeps a row for the failure.
 */
public class MigrationFailedException extends MigrateException {

	private final MigrationStep step;

	private final String origin;

	private final Optional<SqlStatement> statement;

	private final Optional<Operation> operation;

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
		this(message, cause, step, origin, statement, Optional.empty(), versionRows);
	}

	/**
	 * Creates the exception, for a Java revision's operation as well.
	 * @param message the full message
	 * @param cause the database's exception, or whatever else failed
	 * @param step the step that failed
	 * @param origin the script or class of the step's revision; empty for a stamp
	 * @param statement the SQL revision's statement that failed; empty otherwise
	 * @param operation the Java revision's operation that failed; empty otherwise
	 * @param versionRows the rows the version table holds after the failure
	 */
	public MigrationFailedException(String message, Throwable cause, MigrationStep step, String origin,
			Optional<SqlStatement> statement, Optional<Operation> operation, Set<String> versionRows) {
		super(message, cause);
		this.step = Objects.requireNonNull(step, "step");
		this.origin = Objects.requireNonNull(origin, "origin");
		this.statement = Objects.requireNonNull(statement, "statement");
		this.operation = Objects.requireNonNull(operation, "operation");
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
	 * @return where the script is, as the user knows it (a Java revision's class name); empty
	 * for a stamp
	 */
	public String origin() {
		return this.origin;
	}

	/**
	 * Returns the statement of an SQL revision that failed.
	 * @return the statement with its line; empty for a Java revision, or when the step failed
	 * elsewhere
	 */
	public Optional<SqlStatement> statement() {
		return this.statement;
	}

	/**
	 * Returns the operation of a Java revision that failed: the one being rendered or run.
	 * @return the operation; empty for an SQL revision, or when the step failed elsewhere
	 */
	public Optional<Operation> operation() {
		return this.operation;
	}

	/**
	 * Returns what the version table holds after the failure.
	 * @return the rows
	 */
	public Set<String> versionRows() {
		return this.versionRows;
	}

}
