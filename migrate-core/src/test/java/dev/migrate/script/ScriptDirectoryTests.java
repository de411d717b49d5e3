package dev.migrate.script;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.MigrateException;
import dev.migrate.revision.Revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests of {@link ScriptDirectory}; each builds a {@link dev.migrate.revision.RevisionGraph}.
 */
class ScriptDirectoryTests {

	@TempDir
	Path temp;

	@Test
	void givesTheGraphTheRevisionsInFileNameOrderWithTheirOrigins() {
		ScriptFiles.write(this.temp, "b/aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		ScriptFiles.write(this.temp, "a/ccc_second.sql", ScriptFiles.script("ccc", "aaa", "Second"));
		ScriptFiles.write(this.temp, "bbb_first.sql", ScriptFiles.script("bbb", "aaa", "First"));
		ScriptDirectory directory = load();
		assertThat(directory.graph().revisions()).extracting(Revision::id).containsExactly("aaa", "bbb", "ccc");
		assertThat(directory.graph().revisions()).extracting(Revision::origin).containsExactly(
				this.temp.resolve("b/aaa_base.sql").toString(), this.temp.resolve("bbb_first.sql").toString(),
				this.temp.resolve("a/ccc_second.sql").toString());
	}

	@Test
	void listsItsScriptsInFileNameOrder() {
		ScriptFiles.write(this.temp, "b/aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		ScriptFiles.write(this.temp, "a/bbb_next.sql", ScriptFiles.script("bbb", "aaa", "Next"));
		assertThat(load().scripts()).extracting(MigrationScript::name).containsExactly("aaa_base.sql", "bbb_next.sql");
	}

	@Test
	void findsTheScriptOfARevision() {
		ScriptFiles.write(this.temp, "aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		assertThat(load().script("aaa").message()).isEqualTo("Base");
	}

	@Test
	void reportsAnUnknownRevisionThroughTheGraph() {
		ScriptFiles.write(this.temp, "aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		ScriptDirectory directory = load();
		assertThatExceptionOfType(MigrateException.class).isThrownBy(() -> directory.script("zzz"))
			.withMessageContaining("zzz");
	}

	@Test
	void keepsItsLocations() {
		ScriptFiles.write(this.temp, "aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		assertThat(load().locations()).containsExactly(Location.filesystem(this.temp));
	}

	@Test
	void leavesDuplicateRevisionIdsToTheGraphWhichNamesBothFiles() {
		ScriptFiles.write(this.temp, "aaa_one.sql", ScriptFiles.script("aaa", "", "One"));
		ScriptFiles.write(this.temp, "aaa_two.sql", ScriptFiles.script("aaa", "", "Two"));
		assertThatExceptionOfType(MigrateException.class).isThrownBy(this::load)
			.withMessageContaining("aaa_one.sql")
			.withMessageContaining("aaa_two.sql");
	}

	@Test
	void buildsAnEmptyGraphFromAnEmptyLocation() {
		ScriptDirectory directory = load();
		assertThat(directory.scripts()).isEmpty();
		assertThat(directory.graph().isEmpty()).isTrue();
	}

	@Test
	void putsSqlScriptsAndJavaRevisionsIntoOneGraph() {
		ScriptFiles.write(this.temp, "d4_after_java.sql", ScriptFiles.script("d4", "c3", "After the Java revisions"));
		ScriptDirectory directory = ScriptDirectory.load(List.of(Location.filesystem(this.temp)),
				List.of("dev.migrate.script.javarevisions"), getClass().getClassLoader());
		assertThat(directory.graph().history("base", "heads")).extracting(Revision::id)
			.containsExactly("d4", "c3", "b2", "a1b2c3d4e5f6");
		assertThat(directory.script("c3")).isInstanceOf(JavaRevisionScript.class);
		assertThat(directory.script("d4")).isInstanceOf(SqlRevisionScript.class);
		assertThat(directory.scripts()).extracting(MigrationScript::name).containsExactly("AddEmail.class",
				"CreateAccounts.class", "Revisions$SeedAccounts.class", "d4_after_java.sql");
	}

	@Test
	void loadsJavaRevisionsWithoutScriptLocations() {
		ScriptDirectory directory = ScriptDirectory.load(List.of(), List.of("dev.migrate.script.javarevisions"),
				getClass().getClassLoader());
		assertThat(directory.graph().heads()).containsExactly("c3");
		assertThat(directory.locations()).isEmpty();
	}

	@Test
	void needsNoClassPathScriptLocationWhenJavaRevisionsAreFound() {
		List<Location> missing = List.of(Location.classpath("db/nothing-here"));
		assertThat(ScriptDirectory.load(missing, List.of("dev.migrate.script.javarevisions"),
				getClass().getClassLoader()).scripts()).hasSize(3);
		assertThatExceptionOfType(ScriptLocationException.class)
			.isThrownBy(() -> ScriptDirectory.load(missing, List.of("dev.migrate.ops"), getClass().getClassLoader()))
			.withMessageContaining("No script location exists: classpath:db/nothing-here");
	}

	@Test
	void rejectsARevisionIdDefinedByAnSqlScriptAndAJavaClassNamingBoth() {
		ScriptFiles.write(this.temp, "b2_also_sql.sql", ScriptFiles.script("b2", "a1b2c3d4e5f6", "Also SQL"));
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> ScriptDirectory.load(List.of(Location.filesystem(this.temp)),
					List.of("dev.migrate.script.javarevisions"), getClass().getClassLoader()))
			.withMessageContaining("Revision b2 is defined twice")
			.withMessageContaining("dev.migrate.script.javarevisions.later.AddEmail")
			.withMessageContaining("b2_also_sql.sql");
	}

	private ScriptDirectory load() {
		return ScriptDirectory.load(List.of(Location.filesystem(this.temp)), getClass().getClassLoader());
	}

}
