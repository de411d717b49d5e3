package dev.migrate.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Writes SQL revision scripts for tests, with headers laid out like Alembic's docstrings
 * (message, blank line, {@code Revision ID}, {@code Revises}, {@code Create Date}) so that
 * {@code show} prints what Alembic prints; {@code Branch Labels} and {@code Depends On} lines
 * follow only when they have values.
 */
public final class ScriptFiles {

	/** The {@code Create Date} every test script carries. */
	public static final String CREATE_DATE = "2026-11-21 10:00:00.000000";

	private ScriptFiles() {
	}

	/**
	 * A revision script to write.
	 *
	 * @param id the revision id
	 * @param message the message
	 * @param down the revisions it revises
	 * @param branchLabels the labels it declares
	 * @param dependsOn what it depends on
	 * @param upgrade the upgrade section's SQL
	 * @param downgrade the downgrade section's SQL; {@code null} for a script without a downgrade
	 * section
	 * @param transactional {@code false} to mark the script {@code -- migrate:no-transaction}
	 */
	public record Script(String id, String message, List<String> down, List<String> branchLabels,
			List<String> dependsOn, String upgrade, @Nullable String downgrade, boolean transactional) {

		/**
		 * Returns the script revising others.
		 * @param down the revisions
		 * @return the new script
		 */
		public Script revises(String... down) {
			return new Script(this.id, this.message, List.of(down), this.branchLabels, this.dependsOn, this.upgrade,
					this.downgrade, this.transactional);
		}

		/**
		 * Returns the script declaring labels.
		 * @param labels the labels
		 * @return the new script
		 */
		public Script labels(String... labels) {
			return new Script(this.id, this.message, this.down, List.of(labels), this.dependsOn, this.upgrade,
					this.downgrade, this.transactional);
		}

		/**
		 * Returns the script depending on others.
		 * @param dependsOn ids or labels
		 * @return the new script
		 */
		public Script dependsOn(String... dependsOn) {
			return new Script(this.id, this.message, this.down, this.branchLabels, List.of(dependsOn), this.upgrade,
					this.downgrade, this.transactional);
		}

		/**
		 * Returns the script with other sections.
		 * @param upgrade the upgrade section's SQL
		 * @param downgrade the downgrade section's SQL, or {@code null} for none
		 * @return the new script
		 */
		public Script sql(String upgrade, @Nullable String downgrade) {
			return new Script(this.id, this.message, this.down, this.branchLabels, this.dependsOn, upgrade, downgrade,
					this.transactional);
		}

		/**
		 * Returns the script whose upgrade creates table {@code t_<id>} and whose downgrade drops it.
		 * @return the new script
		 */
		public Script table() {
			return sql("CREATE TABLE t_" + this.id + " (id INT);\n", "DROP TABLE t_" + this.id + ";\n");
		}

		/**
		 * Returns the script marked {@code -- migrate:no-transaction}.
		 * @return the new script
		 */
		public Script noTransaction() {
			return new Script(this.id, this.message, this.down, this.branchLabels, this.dependsOn, this.upgrade,
					this.downgrade, false);
		}

		/**
		 * Returns the file name Alembic's template would give.
		 * @return {@code <id>_<slug>.sql}
		 */
		public String fileName() {
			List<String> words = new ArrayList<>();
			for (String word : this.message.split("\\W+")) {
				if (!word.isEmpty()) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
			return this.id + "_" + String.join("_", words) + ".sql";
		}

		/**
		 * Renders the script.
		 * @return its text
		 */
		public String text() {
			StringBuilder text = new StringBuilder();
			text.append("-- ").append(this.message).append('\n');
			text.append("--\n");
			text.append("-- Revision ID: ").append(this.id).append('\n');
			text.append("-- Revises: ").append(String.join(", ", this.down)).append('\n');
			text.append("-- Create Date: ").append(CREATE_DATE).append('\n');
			if (!this.branchLabels.isEmpty()) {
				text.append("-- Branch Labels: ").append(String.join(", ", this.branchLabels)).append('\n');
			}
			if (!this.dependsOn.isEmpty()) {
				text.append("-- Depends On: ").append(String.join(", ", this.dependsOn)).append('\n');
			}
			if (!this.transactional) {
				text.append("-- migrate:no-transaction\n");
			}
			text.append("\n-- migrate:upgrade\n").append(this.upgrade);
			if (this.downgrade != null) {
				text.append("\n-- migrate:downgrade\n").append(this.downgrade);
			}
			return text.toString();
		}

	}

	/**
	 * Starts a script.
	 * @param id the revision id
	 * @param message the message
	 * @return a base script without labels or dependencies
	 */
	public static Script script(String id, String message) {
		return new Script(id, message, List.of(), List.of(), List.of(), "SELECT 1;\n", "SELECT 1;\n", true);
	}

	/**
	 * Writes scripts into a directory.
	 * @param directory the directory, created if needed
	 * @param scripts the scripts
	 * @return the directory
	 */
	public static Path write(Path directory, Script... scripts) {
		try {
			Files.createDirectories(directory);
			for (Script script : scripts) {
				Files.writeString(directory.resolve(script.fileName()), script.text());
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes the graph most tests use: a base that branches into {@code todo} and {@code users},
	 * a second base {@code audit}, dependencies across branches and a merge.
	 *
	 * <pre>
	 * 3512b954651e  Create todos            base, branches into 1975ea83b712 and 27c6a30d7c24
	 * 1975ea83b712  Add priority to todos   label todo, an effective head (others depend on it)
	 * 27c6a30d7c24  Create users            label users
	 * 4a1f0c6b2d3e  Add owner               depends on todo
	 * 5e0c2a9d8f71  Audit base              a second base, label audit
	 * 6b7d8e9f0a1b  Audit todos             depends on 1975ea83b712
	 * 7c8d9e0f1a2b  Merge users and audit   merges 4a1f0c6b2d3e and 6b7d8e9f0a1b: the head
	 * </pre>
	 * @param directory the directory
	 * @return the directory
	 */
	public static Path todoApp(Path directory) {
		return write(directory, script("3512b954651e", "Create todos"),
				script("1975ea83b712", "Add priority to todos").revises("3512b954651e").labels("todo"),
				script("27c6a30d7c24", "Create users").revises("3512b954651e").labels("users"),
				script("4a1f0c6b2d3e", "Add owner").revises("27c6a30d7c24").dependsOn("todo"),
				script("5e0c2a9d8f71", "Audit base").labels("audit"),
				script("6b7d8e9f0a1b", "Audit todos").revises("5e0c2a9d8f71").dependsOn("1975ea83b712"),
				script("7c8d9e0f1a2b", "Merge users and audit").revises("4a1f0c6b2d3e", "6b7d8e9f0a1b"));
	}

}
