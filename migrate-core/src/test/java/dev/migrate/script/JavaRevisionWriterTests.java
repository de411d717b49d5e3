package dev.migrate.script;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.revision.Revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link JavaRevisionWriter}.
 */
class JavaRevisionWriterTests {

	private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 21, 10, 0);

	private final JavaRevisionWriter writer = new JavaRevisionWriter();

	@TempDir
	Path temp;

	@Test
	void namesTheClassAfterTheMessage() {
		assertThat(this.writer.className(revision("Add priority to todos"))).isEqualTo("AddPriorityToTodos");
		assertThat(this.writer.className(revision("add_priority: todos!"))).isEqualTo("AddPriorityTodos");
		assertThat(this.writer.className(revision("2fa for users"))).isEqualTo("Revision2faForUsers");
		assertThat(this.writer.className(revision("empty message"))).isEqualTo("Revision_1975ea83b712");
		assertThat(this.writer.className(revision("..."))).isEqualTo("Revision_1975ea83b712");
	}

	@Test
	void rendersTheAnnotationAndEmptyMethods() {
		NewRevision revision = new NewRevision("1975ea83b712", "Add \"priority\" to todos", List.of("3512b954651e"),
				List.of("todo"), List.of("a1", "b2"), CREATED, true);
		assertThat(this.writer.render(revision, "com.example.db")).isEqualTo("""
				package com.example.db;

				import dev.migrate.ops.Migration;
				import dev.migrate.ops.Operations;
				import dev.migrate.ops.Revision;

				import static dev.migrate.ops.Schema.*;

				/**
				 * Add "priority" to todos
				 */
				@Revision(id = "1975ea83b712", revises = "3512b954651e", message = "Add \\"priority\\" to todos", \
				branchLabels = "todo", dependsOn = { "a1", "b2" },
						createDate = "2026-11-21 10:00:00.000000", transactional = false)
				public class AddPriorityToTodos implements Migration {

					@Override
					public void upgrade(Operations op) {
					}

					@Override
					public void downgrade(Operations op) {
					}

				}
				""");
	}

	@Test
	void writesAClassThatCompilesAndIsFoundWithTheRevisionItDeclares() throws IOException {
		NewRevision revision = new NewRevision("abc123", "Merge the branches", List.of("a1", "b2"), List.of(),
				List.of(), CREATED);
		Path file = this.writer.write(revision, this.temp.resolve("src/main/java"), "com.example.db");
		assertThat(file).isEqualTo(this.temp.resolve("src/main/java/com/example/db/MergeTheBranches.java"));
		Path classes = JavaCompilation.compile(this.temp, file);
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			List<JavaRevisionScript> found = new JavaScriptSource(List.of("com.example"), loader).findScripts();
			assertThat(found).singleElement().satisfies((script) -> {
				assertThat(script.revision()).isEqualTo(new Revision("abc123", List.of("a1", "b2"), List.of(), List.of(),
						"com.example.db.MergeTheBranches"));
				assertThat(script.message()).isEqualTo("Merge the branches");
				assertThat(script.downgradable()).isTrue();
				assertThat(script.upgradeOperations()).isEmpty();
			});
		}
	}

	@Test
	void doesNotOverwriteAClass() throws IOException {
		Path file = this.writer.write(revision("Add priority"), this.temp, "com.example");
		Files.writeString(file, "kept");
		assertThatExceptionOfType(ScriptWriteException.class)
			.isThrownBy(() -> this.writer.write(revision("Add priority"), this.temp, "com.example"))
			.withMessageContaining("AddPriority.java already exists");
		assertThat(file).hasContent("kept");
	}

	@Test
	void rejectsAnInvalidPackage() {
		assertThatExceptionOfType(ScriptLocationException.class)
			.isThrownBy(() -> this.writer.write(revision("Add"), this.temp, "com/example"))
			.withMessageContaining("Invalid Java package 'com/example'");
	}

	private static NewRevision revision(String message) {
		return new NewRevision("1975ea83b712", message, List.of(), List.of(), List.of(), CREATED);
	}

}
