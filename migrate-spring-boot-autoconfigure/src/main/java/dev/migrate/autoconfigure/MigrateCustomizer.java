package dev.migrate.autoconfigure;

/**
 * Callback to adjust a {@link Migrate} after the {@code migrate.*} properties are applied, for
 * example its options or locations. Customizer beans run in order, once per migrated DataSource.
 */
@FunctionalInterface
public interface MigrateCustomizer {

	/**
	 * Customizes the migration being built.
	 * @param builder the builder; {@link Migrate.Builder#name()} tells migrations apart
	 */
	void customize(Migrate.Builder builder);

}
