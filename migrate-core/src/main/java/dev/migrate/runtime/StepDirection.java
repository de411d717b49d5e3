package dev.migrate.runtime;

/**
 * Which way a {@link MigrationStep} moves the database: it applies a revision, reverts one, or
 * only rewrites the version table.
 */
public enum StepDirection {

	/** Runs a revision's upgrade. */
	UPGRADE("upgrade"),

	/** Runs a revision's downgrade. */
	DOWNGRADE("downgrade"),

	/** Changes the version table without running any script ({@code stamp}). */
	STAMP("stamp_revision");

	private final String logName;

	StepDirection(String logName) {
		this.logName = logName;
	}

	/**
	 * Returns the word Alembic's {@code Running ...} lines use for this direction.
	 * @return {@code upgrade}, {@code downgrade} or {@code stamp_revision}
	 */
	public String logName() {
		return this.logName;
	}

}
