package dev.migrate.runtime;

import java.util.Collection;
import java.util.List;

import dev.migrate.revision.RevisionNotFoundException;

/**
 * The version table holds a revision that no script defines: typically an older build of the
 * application started against a database that a newer build already migrated. Raised before
 * anything runs.
 */
public class UnknownVersionException extends RevisionNotFoundException {

	private final List<String> rows;

	/**
	 * Creates the exception.
	 * @param revision the unknown revision found in the version table
	 * @param rows every row of the version table
	 */
	public UnknownVersionException(String revision, Collection<String> rows) {
		super("The version table holds revision '" + revision + "', which no script defines (version table: "
				+ String.join(", ", rows) + "). The database was probably migrated by a newer version of the "
				+ "application: run that version, or add the missing scripts; 'stamp --purge' resets the table.",
				revision);
		this.rows = List.copyOf(rows);
	}

	/**
	 * Returns the rows of the version table.
	 * @return the rows, in table order
	 */
	public List<String> rows() {
		return this.rows;
	}

}
