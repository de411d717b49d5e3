package dev.migrate.command;

import java.util.List;

/**
 * {@code current --check-heads} found the database behind the heads: {@code upgrade heads}
 * would still apply revisions. The message starts as Alembic's does, {@code Database is not on
 * all head revisions}, so that scripts written for Alembic recognise it.
 */
public class DatabaseNotAtHeadsException extends CommandException {

	private final List<String> currentRevisions;

	private final List<String> heads;

	/**
	 * Creates the exception.
	 * @param currentRevisions the rows of the version table
	 * @param heads the heads of the revision graph
	 */
	public DatabaseNotAtHeadsException(List<String> currentRevisions, List<String> heads) {
		super("Database is not on all head revisions: the version table holds "
				+ (currentRevisions.isEmpty() ? "no revision" : String.join(", ", currentRevisions)) + ", the heads are "
				+ String.join(", ", heads) + "; run 'upgrade heads'");
		this.currentRevisions = List.copyOf(currentRevisions);
		this.heads = List.copyOf(heads);
	}

	/**
	 * Returns the revisions the database is at.
	 * @return the rows of the version table, in table order
	 */
	public List<String> currentRevisions() {
		return this.currentRevisions;
	}

	/**
	 * Returns the heads the database is not at.
	 * @return the heads of the graph
	 */
	public List<String> heads() {
		return this.heads;
	}

}
