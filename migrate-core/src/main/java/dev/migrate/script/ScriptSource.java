package dev.migrate.script;

import java.util.List;

/**
 * Finds revision scripts of one format, such as SQL files in script locations.
 */
public interface ScriptSource {

	/**
	 * Finds every script this source provides, with their headers read.
	 * @return the scripts, sorted by {@link MigrationScript#name()} then
	 * {@link MigrationScript#origin()}
	 * @throws ScriptLocationException if a location cannot be searched
	 * @throws ScriptReadException if a script cannot be read
	 * @throws ScriptParseException if a script's header is malformed
	 */
	List<? extends MigrationScript> findScripts();

}
