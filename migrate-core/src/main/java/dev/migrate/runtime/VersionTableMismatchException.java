package dev.migrate.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.migrate.MigrateException;

/**
 * The rows of the version table do not fit a step: a row the step replaces is missing, or a row
 * it would add is already there. Alembic fails such a step with an internal assertion or a
 * {@code KeyError}; migrate refuses it before anything runs.
 */
public class VersionTableMismatchException extends MigrateException {

	private final String revision;

	private final Set<String> rows;

	/**
	 * Creates the exception.
	 * @param revision the revision the step is about (the one it runs or stamps)
	 * @param rows the version rows the step met
	 * @param problem what does not fit, naming the revision
	 */
	public VersionTableMismatchException(String revision, Set<String> rows, String problem) {
		super(problem + " (version table: " + (rows.isEmpty() ? "empty" : String.join(", ", rows))
				+ "). Check the version table; 'stamp --purge' resets it to the revisions you name.");
		this.revision = revision;
		this.rows = Collections.unmodifiableSet(new LinkedHashSet<>(rows));
	}

	/**
	 * Returns the revision the failing step is about.
	 * @return the revision id
	 */
	public String revision() {
		return this.revision;
	}

	/**
	 * Returns the version rows the step met.
	 * @return the rows, in table order
	 */
	public Set<String> rows() {
		return this.rows;
	}

}
