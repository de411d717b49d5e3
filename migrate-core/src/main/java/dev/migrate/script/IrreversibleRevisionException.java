package dev.migrate.script;

import dev.migrate.MigrateException;

/**
 * Thrown when a revision that declares no way back is asked for its downgrade, for example an
 * SQL revision without a {@code -- migrate:downgrade} section.
 */
public class IrreversibleRevisionException extends MigrateException {

	private final String revisionId;

	/**
	 * Creates an exception for a revision that cannot be downgraded.
	 * @param revisionId the revision
	 * @param message why, naming the revision and its script, and what to do
	 */
	public IrreversibleRevisionException(String revisionId, String message) {
		super(message);
		this.revisionId = revisionId;
	}

	/**
	 * Returns the revision that cannot be downgraded.
	 * @return its id
	 */
	public String revisionId() {
		return this.revisionId;
	}

}
