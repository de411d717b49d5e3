package dev.migrate.ops;

import dev.migrate.MigrateException;

/**
 * Thrown by a {@link Migration} that does not override {@link Migration#downgrade(Operations)}
 * when asked to downgrade.
 */
public class IrreversibleMigrationException extends MigrateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception for a migration class.
	 * @param migrationClass the class's name
	 */
	public IrreversibleMigrationException(String migrationClass) {
		super(migrationClass + " has no downgrade: the revision cannot be downgraded");
	}

}
