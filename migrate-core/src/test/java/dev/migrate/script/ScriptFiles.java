package dev.migrate.script;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Writes revision scripts and jars of them for tests.
 */
final class ScriptFiles {

	private ScriptFiles() {
	}

	/**
	 * Returns a small valid script.
	 */
	static String script(String id, String downRevision, String message) {
		return """
				-- %s
				--
				-- Revision ID: %s
				-- Revises: %s
				-- Create Date: 2026-11-21 10:00:00.000000

				-- migrate:upgrade
				CREATE TABLE t_%s (id INT);

				-- migrate:downgrade
				DROP TABLE t_%s;
				""".formatted(message, id, downRevision, id, id);
	}

	static Path write(Path directory, String relativePath, String content) {
		try {
			Path file = directory.resolve(relativePath);
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Builds a jar holding the given entries, with an entry for every parent directory as
	 * Maven and the jar tool write them.
	 */
	static Path jar(Path file, Map<String, String> entries) {
		Map<String, String> all = new LinkedHashMap<>();
		for (String name : entries.keySet()) {
			int slash = name.indexOf('/');
			while (slash >= 0) {
				all.putIfAbsent(name.substring(0, slash + 1), "");
				slash = name.indexOf('/', slash + 1);
			}
		}
		all.putAll(entries);
		try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
			for (Map.Entry<String, String> entry : all.entrySet()) {
				jar.putNextEntry(new JarEntry(entry.getKey()));
				jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				jar.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

}
