package dev.migrate.script;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;

/**
 * Every revision script of a project and the revision graph they form.
 *
 * <p>Scripts are ordered by file name, then by origin; that order is the order revisions are
 * given to the graph, which breaks ties between independent branches with it (as Alembic 1.10
 * and later do). Errors in the graph (duplicate ids, unknown parents, cycles) come from
 * {@link RevisionGraph} and name the scripts through their origins. Immutable and safe to share.
 */
public final class ScriptDirectory {

	/**
	 * The order scripts load in: by file name, then by origin.
	 */
	static final Comparator<MigrationScript> LOAD_ORDER = Comparator.comparing(MigrationScript::name)
		.thenComparing(MigrationScript::origin);

	private final List<Location> locations;

	private final List<MigrationScript> scripts;

	private final Map<String, MigrationScript> scriptsById;

	private final RevisionGraph graph;

	private ScriptDirectory(List<Location> locations, List<MigrationScript> scripts, RevisionGraph graph) {
		this.locations = locations;
		this.scripts = scripts;
		this.graph = graph;
		Map<String, MigrationScript> byId = new HashMap<>();
		for (MigrationScript script : scripts) {
			byId.put(script.id(), script);
		}
		this.scriptsById = Map.copyOf(byId);
	}

	/**
	 * Finds the SQL scripts in the locations, reads their headers and builds the graph.
	 * @param locations where to look, in order
	 * @param classLoader the class loader whose class path {@code classpath:} locations are
	 * searched in
	 * @return the script directory
	 * @throws ScriptLocationException if a location is missing or cannot be searched (see
	 * {@link SqlScriptSource} for when a missing location is an error)
	 * @throws ScriptReadException if a script cannot be read
	 * @throws ScriptParseException if a script's header is malformed
	 */
	public static ScriptDirectory load(List<Location> locations, ClassLoader classLoader) {
		return of(locations, new SqlScriptSource(locations, classLoader).findScripts());
	}

	/**
	 * Finds the SQL scripts in the locations and the Java revisions in the packages, and builds
	 * one graph of both. A revision id defined by an SQL script and a Java class alike is an
	 * error naming both.
	 * @param locations where to look for SQL scripts, in order; may be empty when every revision
	 * is a Java class. Class path locations of which none exists are an error only when no Java
	 * revision is found (see {@link SqlScriptSource})
	 * @param javaPackages the packages to search for Java revisions (see {@link JavaScriptSource});
	 * may be empty
	 * @param classLoader the class loader whose class path {@code classpath:} locations and the
	 * packages are searched in, and which loads the Java revisions
	 * @return the script directory
	 * @throws ScriptLocationException if a location or package is missing or cannot be searched
	 * @throws ScriptReadException if a script or class file cannot be read
	 * @throws ScriptParseException if a script's header is malformed
	 * @throws JavaRevisionException if an annotated class is not a usable revision
	 */
	public static ScriptDirectory load(List<Location> locations, List<String> javaPackages, ClassLoader classLoader) {
		List<MigrationScript> scripts = new ArrayList<>(new JavaScriptSource(javaPackages, classLoader).findScripts());
		// a project of Java revisions alone needs no script directory on the class path
		scripts.addAll(new SqlScriptSource(locations, classLoader, scripts.isEmpty()).findScripts());
		return of(locations, scripts);
	}

	/**
	 * Builds a script directory from scripts found by any number of sources.
	 * @param locations the locations the scripts were found in, for {@link #locations()}
	 * @param scripts the scripts, in any order
	 * @return the script directory
	 */
	public static ScriptDirectory of(List<Location> locations, Collection<? extends MigrationScript> scripts) {
		List<MigrationScript> sorted = new ArrayList<>(scripts);
		sorted.sort(LOAD_ORDER);
		List<Revision> revisions = new ArrayList<>(sorted.size());
		for (MigrationScript script : sorted) {
			revisions.add(script.revision());
		}
		RevisionGraph graph = RevisionGraph.of(revisions);
		return new ScriptDirectory(List.copyOf(locations), List.copyOf(sorted), graph);
	}

	/**
	 * Returns the revision graph of the scripts.
	 * @return the graph
	 */
	public RevisionGraph graph() {
		return this.graph;
	}

	/**
	 * Returns the script of a revision.
	 * @param revisionId the revision's full id
	 * @return its script
	 * @throws dev.migrate.MigrateException the graph's error for an unknown revision, naming it
	 */
	public MigrationScript script(String revisionId) {
		Objects.requireNonNull(revisionId, "revisionId");
		MigrationScript script = this.scriptsById.get(revisionId);
		return (script != null) ? script : this.scriptsById.get(this.graph.get(revisionId).id());
	}

	/**
	 * Returns every script, in load order (by file name, then origin).
	 * @return the scripts
	 */
	public List<MigrationScript> scripts() {
		return this.scripts;
	}

	/**
	 * Returns the locations the scripts were found in.
	 * @return the locations, in the order given
	 */
	public List<Location> locations() {
		return this.locations;
	}

}
