package dev.migrate.script;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where revision scripts live: a directory on the file system ({@code filesystem:db/migrate})
 * or a path searched in every root of the class path, directories and jars alike
 * ({@code classpath:db/migrate}).
 *
 * <p>As with Flyway and Spring, a location without a prefix is a class path location, and a
 * leading slash after {@code classpath:} is tolerated. A class path location is kept
 * normalised: no leading or trailing slash.
 *
 * @param type whether the path is on the file system or the class path
 * @param path the directory, as given for the file system, normalised for the class path
 */
public record Location(Type type, String path) {

	private static final String FILESYSTEM_PREFIX = "filesystem:";

	private static final String CLASSPATH_PREFIX = "classpath:";

	/**
	 * Creates a location, checking and normalising its path.
	 * @throws ScriptLocationException if the path is empty or, for the class path, not a plain
	 * relative resource path
	 */
	public Location {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(path, "path");
		path = (type == Type.CLASSPATH) ? normaliseClasspath(path) : checkFilesystem(path);
	}

	/**
	 * Parses a location as written in configuration or on the command line.
	 * @param text {@code filesystem:DIR}, {@code classpath:PATH} or a bare {@code PATH}
	 * (meaning the class path)
	 * @return the location
	 * @throws ScriptLocationException if the text is empty, has an unknown prefix or names no
	 * usable path; the message names the text
	 */
	public static Location parse(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new ScriptLocationException("Invalid script location '" + text
					+ "': it is empty; use filesystem:DIR or classpath:PATH");
		}
		String lower = trimmed.toLowerCase(Locale.ROOT);
		if (lower.startsWith(FILESYSTEM_PREFIX)) {
			return new Location(Type.FILESYSTEM, trimmed.substring(FILESYSTEM_PREFIX.length()));
		}
		if (lower.startsWith(CLASSPATH_PREFIX)) {
			return new Location(Type.CLASSPATH, trimmed.substring(CLASSPATH_PREFIX.length()));
		}
		int colon = trimmed.indexOf(':');
		if (colon >= 0 && trimmed.lastIndexOf('/', colon) < 0) {
			throw new ScriptLocationException("Invalid script location '" + text + "': unknown prefix '"
					+ trimmed.substring(0, colon + 1) + "'; use filesystem:DIR or classpath:PATH"
					+ " (classpath: already searches every directory and jar of the class path)");
		}
		return new Location(Type.CLASSPATH, trimmed);
	}

	/**
	 * Creates a class path location.
	 * @param path a resource path such as {@code db/migrate}
	 * @return the location
	 */
	public static Location classpath(String path) {
		return new Location(Type.CLASSPATH, path);
	}

	/**
	 * Creates a file system location.
	 * @param directory the directory, relative to the working directory or absolute
	 * @return the location
	 */
	public static Location filesystem(Path directory) {
		return new Location(Type.FILESYSTEM, directory.toString());
	}

	/**
	 * Formats this location the way {@link #parse(String)} reads it.
	 * @return for example {@code classpath:db/migrate}
	 */
	@Override
	public String toString() {
		return this.type.prefix + this.path;
	}

	private static String checkFilesystem(String path) {
		if (path.isBlank()) {
			throw new ScriptLocationException(
					"Invalid script location 'filesystem:" + path + "': it names no directory");
		}
		return path;
	}

	private static String normaliseClasspath(String path) {
		String normalised = path.strip();
		while (normalised.startsWith("/")) {
			normalised = normalised.substring(1);
		}
		while (normalised.endsWith("/")) {
			normalised = normalised.substring(0, normalised.length() - 1);
		}
		String described = "'" + CLASSPATH_PREFIX + path + "'";
		if (normalised.isEmpty()) {
			throw new ScriptLocationException("Invalid script location " + described
					+ ": it names no directory; use for example classpath:db/migrate");
		}
		if (normalised.indexOf('*') >= 0 || normalised.indexOf('?') >= 0) {
			throw new ScriptLocationException("Invalid script location " + described
					+ ": wildcards are not supported; name the directory, whose sub-directories are searched too");
		}
		if (normalised.indexOf('\\') >= 0) {
			throw new ScriptLocationException("Invalid script location " + described
					+ ": class path locations use '/' to separate directories");
		}
		for (String segment : normalised.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				throw new ScriptLocationException("Invalid script location " + described
						+ ": empty, '.' and '..' path segments are not allowed");
			}
		}
		return normalised;
	}

	/**
	 * The kinds of location.
	 */
	public enum Type {

		/**
		 * A directory on the file system.
		 */
		FILESYSTEM(FILESYSTEM_PREFIX),

		/**
		 * A path searched in every root of the class path.
		 */
		CLASSPATH(CLASSPATH_PREFIX);

		private final String prefix;

		Type(String prefix) {
			this.prefix = prefix;
		}

		/**
		 * Returns the prefix that introduces this kind of location.
		 * @return {@code filesystem:} or {@code classpath:}
		 */
		public String prefix() {
			return this.prefix;
		}

	}

}
