package dev.migrate.script;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Where a script's bytes can be read again, after discovery, to load its body.
 */
sealed interface ScriptResource permits ScriptResource.FileResource, ScriptResource.JarEntryResource {

	/**
	 * Returns the script's file name.
	 */
	String name();

	/**
	 * Returns the script as the user knows it.
	 */
	String origin();

	/**
	 * Returns a description unique to this resource (an absolute path or URL), which orders
	 * resources that share a name and origin.
	 */
	String location();

	/**
	 * Reads the whole script, decoded by {@link ScriptText#decode(byte[])}.
	 */
	String readText() throws IOException;

	/**
	 * A script in a directory.
	 *
	 * @param path the file
	 * @param origin the file as the user knows it
	 */
	record FileResource(Path path, String origin) implements ScriptResource {

		@Override
		public String name() {
			return this.path.getFileName().toString();
		}

		@Override
		public String location() {
			return this.path.toAbsolutePath().toString();
		}

		@Override
		public String readText() throws IOException {
			return ScriptText.decode(Files.readAllBytes(this.path));
		}

	}

	/**
	 * A script inside a jar, reached through the jar URL of its location's directory so that
	 * jars nested in executable archives work as well as plain ones.
	 *
	 * @param directory the {@code jar:} URL of the location's directory in the jar
	 * @param entryName the script's entry
	 * @param location the script's full URL
	 * @param origin the script as the user knows it
	 */
	record JarEntryResource(URL directory, String entryName, String location, String origin) implements ScriptResource {

		@Override
		public String name() {
			return this.entryName.substring(this.entryName.lastIndexOf('/') + 1);
		}

		@Override
		public String readText() throws IOException {
			JarURLConnection connection = (JarURLConnection) this.directory.openConnection();
			// Without caches the jar is ours to close, and no file stays open or locked.
			connection.setUseCaches(false);
			try (JarFile jar = connection.getJarFile()) {
				JarEntry entry = jar.getJarEntry(this.entryName);
				if (entry == null) {
					throw new NoSuchFileException(this.location);
				}
				try (InputStream in = jar.getInputStream(entry)) {
					return ScriptText.decode(in.readAllBytes());
				}
			}
		}

	}

}
