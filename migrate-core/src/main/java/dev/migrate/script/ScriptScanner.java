package dev.migrate.script;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the files of one kind ({@code *.sql} scripts, {@code *.class} files of Java revisions)
 * under a location, recursively: in a file system directory, or in every directory and jar of
 * the class path that holds the location's path.
 *
 * <p>Files and directories whose name starts with a dot (editor lock files, version control)
 * are skipped. Directories are searched following symbolic links. Jars are searched through
 * their {@code jar:} URLs, which must list the location's directory as an entry, as jars built
 * by Maven, Gradle and the {@code jar} tool do.
 */
final class ScriptScanner {

	private static final String SCRIPT_SUFFIX = ".sql";

	private final ClassLoader classLoader;

	private final String suffix;

	/**
	 * Creates a scanner of SQL scripts.
	 */
	ScriptScanner(ClassLoader classLoader) {
		this(classLoader, SCRIPT_SUFFIX);
	}

	/**
	 * Creates a scanner of the files whose names end with a suffix, such as {@code .class}.
	 */
	ScriptScanner(ClassLoader classLoader, String suffix) {
		this.classLoader = classLoader;
		this.suffix = suffix;
	}

	/**
	 * Finds the scripts of a location, handing each, while it is open, to a visitor.
	 * @return whether the location exists
	 */
	boolean scan(Location location, Visitor visitor) {
		return switch (location.type()) {
			case FILESYSTEM -> scanFilesystem(location, visitor);
			case CLASSPATH -> scanClasspath(location, visitor);
		};
	}

	private boolean scanFilesystem(Location location, Visitor visitor) {
		Path root;
		try {
			root = Path.of(location.path());
		}
		catch (InvalidPathException ex) {
			throw new ScriptLocationException("Invalid script location '" + location + "': " + ex.getMessage(), ex);
		}
		if (!Files.exists(root)) {
			return false;
		}
		if (!Files.isDirectory(root)) {
			throw new ScriptLocationException("Script location '" + location + "' is not a directory");
		}
		for (Path file : listScripts(location, root)) {
			visitFile(new ScriptResource.FileResource(file, file.toString()), visitor);
		}
		return true;
	}

	private boolean scanClasspath(Location location, Visitor visitor) {
		Set<String> seen = new LinkedHashSet<>();
		boolean found = false;
		for (URL url : resources(location)) {
			if (!seen.add(url.toExternalForm())) {
				continue;
			}
			found = true;
			if ("file".equals(url.getProtocol())) {
				scanClasspathDirectory(location, url, visitor);
			}
			else {
				scanJar(location, url, visitor);
			}
		}
		return found;
	}

	private List<URL> resources(Location location) {
		try {
			return Collections.list(this.classLoader.getResources(location.path()));
		}
		catch (IOException ex) {
			throw new ScriptLocationException("Could not search the class path for script location '" + location + "': "
					+ ex.getMessage(), ex);
		}
	}

	private void scanClasspathDirectory(Location location, URL url, Visitor visitor) {
		Path root;
		try {
			root = Path.of(url.toURI());
		}
		catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException ex) {
			throw new ScriptLocationException("Could not search script location '" + location + "' in " + url, ex);
		}
		if (!Files.isDirectory(root)) {
			throw new ScriptLocationException(
					"Script location '" + location + "' is not a directory: the class path holds a file " + root);
		}
		for (Path file : listScripts(location, root)) {
			String relative = relativeName(root.relativize(file));
			visitFile(new ScriptResource.FileResource(file, location.path() + "/" + relative), visitor);
		}
	}

	private void scanJar(Location location, URL url, Visitor visitor) {
		JarURLConnection connection = jarConnection(location, url);
		// Without caches the jar is ours to close, and no file stays open or locked.
		connection.setUseCaches(false);
		try (JarFile jar = connection.getJarFile()) {
			String entryName = connection.getEntryName();
			String prefix = ((entryName != null) ? stripTrailingSlash(entryName) : location.path()) + "/";
			String jarUrl = connection.getJarFileURL().toExternalForm();
			List<JarEntry> entries = new ArrayList<>();
			jar.stream()
				.filter((entry) -> !entry.isDirectory() && entry.getName().startsWith(prefix)
						&& isScript(entry.getName().substring(prefix.length())))
				.forEach(entries::add);
			for (JarEntry entry : entries) {
				String relative = entry.getName().substring(prefix.length());
				ScriptResource resource = new ScriptResource.JarEntryResource(url, entry.getName(),
						"jar:" + jarUrl + "!/" + entry.getName(), location.path() + "/" + relative);
				try (InputStream in = jar.getInputStream(entry)) {
					visitor.visit(resource, in);
				}
				catch (IOException ex) {
					throw new ScriptReadException(resource.origin(), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new ScriptLocationException(
					"Could not search script location '" + location + "' in " + url + ": " + ex.getMessage(), ex);
		}
	}

	private static JarURLConnection jarConnection(Location location, URL url) {
		URLConnection connection;
		try {
			connection = url.openConnection();
		}
		catch (IOException ex) {
			throw new ScriptLocationException(
					"Could not search script location '" + location + "' in " + url + ": " + ex.getMessage(), ex);
		}
		if (connection instanceof JarURLConnection jarConnection) {
			return jarConnection;
		}
		throw new ScriptLocationException("Could not search script location '" + location + "' in " + url
				+ ": only directories and jars can be searched");
	}

	private List<Path> listScripts(Location location, Path root) {
		List<Path> scripts = new ArrayList<>();
		try {
			Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
					new SimpleFileVisitor<>() {

						@Override
						public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
							return (directory.equals(root) || !isHidden(directory)) ? FileVisitResult.CONTINUE
									: FileVisitResult.SKIP_SUBTREE;
						}

						@Override
						public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
							// hidden directories are skipped above, so the file's own name decides
							if (attributes.isRegularFile() && isScriptName(file.getFileName().toString())) {
								scripts.add(file);
							}
							return FileVisitResult.CONTINUE;
						}

					});
		}
		catch (IOException ex) {
			throw new ScriptLocationException("Could not search script location '" + location + "' (" + root + "): "
					+ ex.getMessage(), ex);
		}
		return scripts;
	}

	private static boolean isHidden(Path path) {
		Path name = path.getFileName();
		return name != null && name.toString().startsWith(".");
	}

	private static void visitFile(ScriptResource.FileResource resource, Visitor visitor) {
		try (InputStream in = Files.newInputStream(resource.path())) {
			visitor.visit(resource, in);
		}
		catch (IOException ex) {
			throw new ScriptReadException(resource.origin(), ex);
		}
	}

	private boolean isScriptName(String fileName) {
		return fileName.endsWith(this.suffix) && !fileName.startsWith(".");
	}

	/**
	 * Tells whether a path relative to a location's root names a file this scanner finds: it
	 * ends with the suffix and none of its segments is hidden.
	 */
	boolean isScript(String relativeName) {
		if (!relativeName.endsWith(this.suffix)) {
			return false;
		}
		for (String segment : relativeName.split("/")) {
			if (segment.isEmpty() || segment.startsWith(".")) {
				return false;
			}
		}
		return true;
	}

	private static String relativeName(Path relative) {
		StringBuilder name = new StringBuilder();
		for (Path segment : relative) {
			if (name.length() > 0) {
				name.append('/');
			}
			name.append(segment);
		}
		return name.toString();
	}

	private static String stripTrailingSlash(String name) {
		return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
	}

	/**
	 * Receives each script found, while its content is open.
	 */
	@FunctionalInterface
	interface Visitor {

		void visit(ScriptResource resource, InputStream content) throws IOException;

	}

}
