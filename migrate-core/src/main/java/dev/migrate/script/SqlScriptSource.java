package dev.migrate.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the SQL revision scripts ({@code *.sql}, recursively) in a list of locations and reads
 * their headers.
 *
 * <p>A missing location is handled as follows. A file system location names one directory the
 * user chose: if it does not exist, that is an error. A class path location is searched in
 * every root of the class path, and a root without it is normal; a location found in no root
 * contributes no script, unless no location exists at all, which is an error (most likely a
 * typo, or scripts not packaged), as Spring Boot once did for Flyway. An existing directory
 * without scripts is fine: it gives an empty graph.
 *
 * <p>Sub-directories are searched too; files and directories whose names start with a dot are
 * skipped. Class path locations are found with {@link ClassLoader#getResources(String)}, in
 * directories and in jars alike; a jar must list the location's directory as an entry, as jars
 * built by Maven, Gradle and the {@code jar} tool do. A file found through two overlapping
 * locations is loaded once.
 */
public final class SqlScriptSource implements ScriptSource {

	private final List<Location> locations;

	private final ClassLoader classLoader;

	/** Whether finding none of the class path locations is an error. */
	private final boolean requireALocation;

	/**
	 * Creates a source.
	 * @param locations where to look, in order
	 * @param classLoader the class loader whose class path {@code classpath:} locations are
	 * searched in
	 */
	public SqlScriptSource(List<Location> locations, ClassLoader classLoader) {
		this(locations, classLoader, true);
	}

	/**
	 * Creates a source that may find none of its class path locations, for a project whose
	 * revisions are found elsewhere too (Java revisions).
	 */
	SqlScriptSource(List<Location> locations, ClassLoader classLoader, boolean requireALocation) {
		this.locations = List.copyOf(locations);
		this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
		this.requireALocation = requireALocation;
	}

	/**
	 * Finds and reads the headers of every SQL script in the locations.
	 * @return the scripts, sorted by file name, then origin, then location
	 * @throws ScriptLocationException if a file system location does not exist, if no location
	 * exists, or if a location cannot be searched
	 * @throws ScriptReadException if a script cannot be read
	 * @throws ScriptParseException if a script's header is malformed
	 */
	@Override
	public List<SqlRevisionScript> findScripts() {
		ScriptScanner scanner = new ScriptScanner(this.classLoader);
		List<SqlRevisionScript> scripts = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean anyFound = this.locations.isEmpty() || !this.requireALocation;
		for (Location location : this.locations) {
			boolean found = scanner.scan(location, (resource, content) -> {
				if (seen.add(resource.location())) {
					scripts.add(SqlRevisionScript.read(resource, content));
				}
			});
			if (!found && location.type() == Location.Type.FILESYSTEM) {
				throw new ScriptLocationException("Script location '" + location + "' does not exist (looked for directory "
						+ Path.of(location.path()).toAbsolutePath() + ")");
			}
			anyFound |= found;
		}
		if (!anyFound) {
			throw new ScriptLocationException("No script location exists: "
					+ this.locations.stream().map(Location::toString).collect(Collectors.joining(", "))
					+ " (not found on the class path); add revision scripts there or configure the locations");
		}
		Comparator<SqlRevisionScript> loadOrder = ScriptDirectory.LOAD_ORDER::compare;
		scripts.sort(loadOrder.thenComparing(SqlRevisionScript::location));
		return scripts;
	}

}
