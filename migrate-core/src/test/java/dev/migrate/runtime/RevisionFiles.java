package dev.migrate.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.migrate.script.Location;
import dev.migrate.script.ScriptDirectory;

/**
 * Writes SQL revision scripts into a directory for the runtime's tests, and loads them.
 */
final class RevisionFiles {

	private final Path directory;

	RevisionFiles(Path directory) {
		this.directory = directory;
	}

	/**
	 * Writes a revision whose upgrade creates table {@code t_<id>} and whose downgrade drops it.
	 */
	RevisionFiles table(String id, String downRevision) {
		return revision(id, downRevision, "CREATE TABLE t_" + id + " (id INT);\n", "DROP TABLE t_" + id + ";\n");
	}

	/**
	 * Writes a revision with the given sections.
	 */
	RevisionFiles revision(String id, String downRevision, String upgrade, String downgrade) {
		return write(id, downRevision, "", upgrade, downgrade);
	}

	/**
	 * Writes a revision marked {@code -- migrate:no-transaction}.
	 */
	RevisionFiles noTransaction(String id, String downRevision, String upgrade, String downgrade) {
		return write(id, downRevision, "-- migrate:no-transaction\n", upgrade, downgrade);
	}

	/**
	 * Writes a revision without a downgrade section.
	 */
	RevisionFiles irreversible(String id, String downRevision, String upgrade) {
		return writeFile(id, header(id, downRevision, "") + "-- migrate:upgrade\n" + upgrade);
	}

	private RevisionFiles write(String id, String downRevision, String directives, String upgrade, String downgrade) {
		return writeFile(id, header(id, downRevision, directives) + "-- migrate:upgrade\n" + upgrade
				+ "\n-- migrate:downgrade\n" + downgrade);
	}

	private static String header(String id, String downRevision, String directives) {
		return """
				-- Revision %s
				--
				-- Revision ID: %s
				-- Revises: %s
				-- Create Date: 2026-11-21 10:00:00.000000
				%s
				""".formatted(id, id, downRevision, directives);
	}

	private RevisionFiles writeFile(String id, String content) {
		try {
			Files.writeString(path(id), content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/**
	 * Returns the file of a revision.
	 */
	Path path(String id) {
		return this.directory.resolve(id + "_revision.sql");
	}

	/**
	 * Loads the scripts written so far, reading their headers only.
	 */
	ScriptDirectory load() {
		return ScriptDirectory.load(List.of(Location.filesystem(this.directory)), getClass().getClassLoader());
	}

}
