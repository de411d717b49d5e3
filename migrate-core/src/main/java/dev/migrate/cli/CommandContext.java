package dev.migrate.cli;

import java.util.List;
import java.util.Objects;

import dev.migrate.command.DatabaseTarget;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.script.Location;

/**
 * What an application gives a command line it runs in-app ({@code java -jar app.jar migrate
 * ...}): its own database, scripts and options, which replace the connection, location and
 * option flags of the standalone command line.
 *
 * @param target the application's database
 * @param locations where the application's SQL scripts are
 * @param javaPackages the packages the application's Java revisions are in
 * @param classLoader the class loader whose class path {@code classpath:} locations and the
 * packages are searched in
 * @param options the transaction mode, tables and lock timeout of the application's migration
 */
public record CommandContext(DatabaseTarget target, List<Location> locations, List<String> javaPackages,
		ClassLoader classLoader, MigrationOptions options) {

	/**
	 * Creates a context, checking every part is given.
	 */
	public CommandContext {
		Objects.requireNonNull(target, "target");
		locations = List.copyOf(locations);
		javaPackages = List.copyOf(javaPackages);
		Objects.requireNonNull(classLoader, "classLoader");
		Objects.requireNonNull(options, "options");
	}

	/**
	 * Creates a context of an application without Java revisions.
	 * @param target the application's database
	 * @param locations where the application's SQL scripts are
	 * @param classLoader the class loader whose class path {@code classpath:} locations are
	 * searched in
	 * @param options the transaction mode, tables and lock timeout of the application's migration
	 */
	public CommandContext(DatabaseTarget target, List<Location> locations, ClassLoader classLoader,
			MigrationOptions options) {
		this(target, locations, List.of(), classLoader, options);
	}

}
