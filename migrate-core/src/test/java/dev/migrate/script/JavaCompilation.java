package dev.migrate.script;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import dev.migrate.ops.Migration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiles Java revisions at test time, for the tests of discovery in jars and of written
 * revisions.
 */
final class JavaCompilation {

	private JavaCompilation() {
	}

	private static URI toUri(URL url) {
		try {
			return url.toURI();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Compiles source files into a directory against migrate's own classes.
	 */
	static Path compile(Path temp, Path... files) {
		Path classes = temp.resolve("classes");
		try {
			Files.createDirectories(classes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String api = Path.of(toUri(Migration.class.getProtectionDomain().getCodeSource().getLocation())).toString();
		List<String> arguments = new ArrayList<>(List.of("-classpath", api, "-d", classes.toString()));
		for (Path file : files) {
			arguments.add(file.toString());
		}
		int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
		assertThat(status).as("compilation of " + List.of(files)).isZero();
		return classes;
	}

	/**
	 * Compiles one source file against the test class path and puts its class into a jar with
	 * directory entries, as build tools write jars.
	 */
	static Path compileToJar(Path temp, String className, String source) throws IOException {
		Path sources = Files.createDirectories(temp.resolve("src"));
		Path file = sources.resolve(className + ".java");
		Files.writeString(file, source, StandardCharsets.UTF_8);
		Path classes = compile(temp, file);
		Path jar = temp.resolve("revisions.jar");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
				Stream<Path> walk = Files.walk(classes)) {
			List<Path> paths = new ArrayList<>(walk.sorted().toList());
			for (Path path : paths) {
				if (path.equals(classes)) {
					continue;
				}
				String name = classes.relativize(path).toString().replace('\\', '/');
				boolean directory = Files.isDirectory(path);
				jarOut.putNextEntry(new JarEntry(directory ? name + "/" : name));
				if (!directory) {
					jarOut.write(Files.readAllBytes(path));
				}
				jarOut.closeEntry();
			}
		}
		return jar;
	}

}
