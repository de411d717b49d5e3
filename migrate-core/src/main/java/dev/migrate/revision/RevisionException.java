package dev.migrate.revision;

import dev.migrate.MigrateException;

/**
 * A revision identifier or traversal that the graph cannot answer (Alembic's
 * {@code RevisionError}); subtypes say which kind.
 */
public class RevisionException extends MigrateException {

	/**
	 * Creates the exception.
	 * @param message what went wrong, naming the revision or identifier
	 */
	public RevisionException(String message) {
		super(message);
	}

}
