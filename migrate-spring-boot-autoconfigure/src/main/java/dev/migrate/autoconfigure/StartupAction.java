package dev.migrate.autoconfigure;

/**
 * What a {@link Migrate} does to its database when the application starts.
 */
public enum StartupAction {

	/** Upgrade the database to the target revision. */
	UPGRADE,

	/** Fail startup, listing the pending revisions, unless the database is at the target. */
	VALIDATE,

	/** Leave the database alone; the endpoint and commands still work. */
	NONE

}
