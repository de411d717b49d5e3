package dev.migrate.script;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operation;
import dev.migrate.revision.Revision;
import dev.migrate.script.javarevisions.CreateAccounts;
import dev.migrate.script.javarevisions.Revisions;
import dev.migrate.script.javarevisions.later.AddEmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link JavaScriptSource}.
 */
class JavaScriptSourceTests {

	private static final String PACKAGE = "dev.migrate.script.javarevisions";

	@TempDir
	Path temp;

	@Test
	void findsTheAnnotatedClassesOfAPackageAndItsSubPackages() {
		assertThat(find(PACKAGE)).extracting(JavaRevisionScript::migrationClass)
			.containsExactly(AddEmail.class, CreateAccounts.class, Revisions.SeedAccounts.class);
	}

	@Test
	void readsTheRevisionFromTheAnnotation() {
		List<JavaRevisionScript> scripts = find(PACKAGE);
		assertThat(scripts).extracting(JavaRevisionScript::revision).containsExactly(
				new Revision("b2", List.of("a1b2c3d4e5f6"), List.of("accounts"), List.of(), AddEmail.class.getName()),
				new Revision("a1b2c3d4e5f6", List.of(), List.of(), List.of(), CreateAccounts.class.getName()),
				new Revision("c3", List.of("b2"), List.of(), List.of("a1b2c3d4e5f6"),
						Revisions.SeedAccounts.class.getName()));
	}

	@Test
	void namesEachScriptByItsClassFile() {
		assertThat(find(PACKAGE)).extracting(JavaRevisionScript::name)
			.containsExactly("AddEmail.class", "CreateAccounts.class", "Revisions$SeedAccounts.class");
	}

	@Test
	void loadsAClassFoundThroughOverlappingPackagesOnce() {
		assertThat(find(PACKAGE, PACKAGE + ".later")).hasSize(3);
	}

	@Test
	void findsNothingInAPackageWithoutRevisions() {
		assertThat(find("dev.migrate.ops")).isEmpty();
	}

	@Test
	void rejectsAPackageThatIsNotOnTheClassPath() {
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> find("dev.migrate.nosuchpackage"))
			.withMessageContaining("Java package 'dev.migrate.nosuchpackage' is not on the class path");
	}

	@Test
	void rejectsAnInvalidPackageName() {
		assertThatExceptionOfType(ScriptLocationException.class)
			.isThrownBy(() -> new JavaScriptSource(List.of("com.example/db"), getClass().getClassLoader()))
			.withMessageContaining("Invalid Java package 'com.example/db'");
		assertThatExceptionOfType(ScriptLocationException.class)
			.isThrownBy(() -> new JavaScriptSource(List.of(""), getClass().getClassLoader()))
			.withMessageContaining("the root package cannot be searched");
	}

	@Test
	void rejectsAnAnnotatedClassThatIsNotAMigration() {
		assertThatExceptionOfType(JavaRevisionException.class)
			.isThrownBy(() -> find("dev.migrate.script.javainvalid.notmigration"))
			.withMessage("dev.migrate.script.javainvalid.notmigration.NotAMigration is annotated with @Revision but"
					+ " does not implement dev.migrate.ops.Migration")
			.satisfies((ex) -> assertThat(ex.className())
				.isEqualTo("dev.migrate.script.javainvalid.notmigration.NotAMigration"));
	}

	@Test
	void rejectsAMigrationWithoutAPublicNoArgumentConstructor() {
		assertThatExceptionOfType(JavaRevisionException.class)
			.isThrownBy(() -> find("dev.migrate.script.javainvalid.noconstructor"))
			.withMessageContaining("dev.migrate.script.javainvalid.noconstructor.NeedsArgument")
			.withMessageContaining("has no public no-argument constructor");
	}

	@Test
	void rejectsAnAbstractMigration() {
		assertThatExceptionOfType(JavaRevisionException.class)
			.isThrownBy(() -> find("dev.migrate.script.javainvalid.abstractclass"))
			.withMessageContaining("dev.migrate.script.javainvalid.abstractclass.AbstractMigration")
			.withMessageContaining("is abstract");
	}

	@Test
	void rejectsAnInvalidRevisionId() {
		assertThatExceptionOfType(JavaRevisionException.class)
			.isThrownBy(() -> find("dev.migrate.script.javainvalid.badid"))
			.withMessage("@Revision of dev.migrate.script.javainvalid.badid.BadId: invalid revision id 'not valid!':"
					+ " use 1 to 32 letters, digits or underscores");
	}

	@Test
	void findsRevisionsInAJar() throws IOException {
		Path jar = JavaCompilation.compileToJar(this.temp, "InJar", """
				package com.example.jarred;

				import dev.migrate.ops.Migration;
				import dev.migrate.ops.Operations;
				import dev.migrate.ops.Revision;

				@Revision(id = "jar1", message = "From a jar")
				public class InJar implements Migration {
					@Override
					public void upgrade(Operations op) {
						op.dropTable("jarred");
					}
				}
				""");
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				getClass().getClassLoader())) {
			List<JavaRevisionScript> scripts = new JavaScriptSource(List.of("com.example"), loader).findScripts();
			assertThat(scripts).singleElement().satisfies((script) -> {
				assertThat(script.origin()).isEqualTo("com.example.jarred.InJar");
				assertThat(script.migrationClass().getClassLoader()).isSameAs(loader);
				assertThat(script.message()).isEqualTo("From a jar");
				assertThat(script.upgradeOperations()).containsExactly(new Operation.DropTable("jarred"));
			});
		}
	}

	private List<JavaRevisionScript> find(String... packages) {
		return new JavaScriptSource(List.of(packages), getClass().getClassLoader()).findScripts();
	}

}
