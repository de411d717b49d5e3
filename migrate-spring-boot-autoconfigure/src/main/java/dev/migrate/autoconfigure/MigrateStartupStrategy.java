package dev.migrate.autoconfigure;

/**
 * Replaces the startup action ({@code migrate.on-startup}) of every migrated DataSource when
 * defined as a bean, for example to validate first and upgrade only on some condition.
 */
@FunctionalInterface
public interface MigrateStartupStrategy {

	/**
	 * Does at startup what the application needs to the database of a migration; the default
	 * is {@link Migrate#runStartupAction()}.
	 * @param migrate the migration
	 */
	void migrate(Migrate migrate);

}
