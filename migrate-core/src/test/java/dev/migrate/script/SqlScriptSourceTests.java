package dev.migrate.script;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlScriptSourceTests {

	@TempDir
	Path temp;

	@Test
	void findsScriptsInAFilesystemDirectoryRecursively() {
		ScriptFiles.write(this.temp, "migrate/aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		ScriptFiles.write(this.temp, "migrate/2026/11/bbb_next.sql", ScriptFiles.script("bbb", "aaa", "Next"));
		assertThat(ids(filesystem("migrate"))).containsExactly("aaa", "bbb");
	}

	@Test
	void namesFilesystemScriptsByTheirPathUnderTheLocationAsGiven() {
		ScriptFiles.write(this.temp, "migrate/sub/aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		Path directory = this.temp.resolve("migrate");
		List<SqlRevisionScript> scripts = find(Location.filesystem(directory));
		assertThat(scripts).extracting(SqlRevisionScript::origin)
			.containsExactly(directory.resolve("sub").resolve("aaa_base.sql").toString());
		assertThat(scripts.get(0).revision().origin()).isEqualTo(scripts.get(0).origin());
	}

	@Test
	void sortsScriptsByFileNameRatherThanPath() {
		ScriptFiles.write(this.temp, "migrate/a/zzz_last.sql", ScriptFiles.script("zzz", "", "Last"));
		ScriptFiles.write(this.temp, "migrate/b/aaa_first.sql", ScriptFiles.script("aaa", "", "First"));
		ScriptFiles.write(this.temp, "migrate/mmm_middle.sql", ScriptFiles.script("mmm", "", "Middle"));
		assertThat(ids(filesystem("migrate"))).containsExactly("aaa", "mmm", "zzz");
	}

	@Test
	void sortsScriptsWithTheSameFileNameByPath() {
		ScriptFiles.write(this.temp, "migrate/b/same.sql", ScriptFiles.script("bbb", "", "B"));
		ScriptFiles.write(this.temp, "migrate/a/same.sql", ScriptFiles.script("aaa", "", "A"));
		assertThat(ids(filesystem("migrate"))).containsExactly("aaa", "bbb");
	}

	@Test
	void skipsFilesThatAreNotSqlAndHiddenFilesAndDirectories() {
		ScriptFiles.write(this.temp, "migrate/aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		ScriptFiles.write(this.temp, "migrate/notes.txt", "not sql");
		ScriptFiles.write(this.temp, "migrate/.#aaa_base.sql", "an editor's lock file");
		ScriptFiles.write(this.temp, "migrate/.git/x.sql", "version control");
		assertThat(ids(filesystem("migrate"))).containsExactly("aaa");
	}

	@Test
	void findsNothingInAnEmptyDirectory() throws IOException {
		Files.createDirectories(this.temp.resolve("migrate"));
		assertThat(find(filesystem("migrate"))).isEmpty();
	}

	@Test
	void rejectsAMissingFilesystemLocationNamingIt() {
		Location location = filesystem("missing");
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> find(location))
			.withMessageContaining("'" + location + "' does not exist");
	}

	@Test
	void rejectsAFilesystemLocationThatIsAFile() {
		ScriptFiles.write(this.temp, "file.sql", "x");
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> find(filesystem("file.sql")))
			.withMessageContaining("is not a directory");
	}

	@Test
	void reportsAMalformedScriptNamingItsFileAndLine() {
		Path file = ScriptFiles.write(this.temp, "migrate/aaa_bad.sql", "-- Revision ID: not-valid\n-- migrate:upgrade\n");
		assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> find(filesystem("migrate")))
			.withMessageStartingWith(file + ":1: ");
	}

	@Test
	void reportsAScriptThatIsNotUtf8NamingIt() throws IOException {
		Path file = this.temp.resolve("migrate/aaa_latin1.sql");
		Files.createDirectories(file.getParent());
		Files.write(file, "-- Caf\u00e9\n-- Revision ID: aaa\n-- migrate:upgrade\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThatExceptionOfType(ScriptReadException.class).isThrownBy(() -> find(filesystem("migrate")))
			.withMessageContaining(file.toString())
			.withMessageContaining("not valid UTF-8");
	}

	@Test
	void findsScriptsInAClasspathDirectoryRecursively() {
		List<SqlRevisionScript> scripts = find(Location.classpath("script/classpath-scripts"));
		assertThat(scripts).extracting(SqlRevisionScript::id).containsExactly("1975ea83b712", "3512b954651e");
	}

	@Test
	void namesClasspathScriptsByTheirClasspathPath() {
		List<SqlRevisionScript> scripts = find(Location.classpath("script/classpath-scripts"));
		assertThat(scripts).extracting(SqlRevisionScript::origin).containsExactly(
				"script/classpath-scripts/1975ea83b712_add_priority.sql",
				"script/classpath-scripts/nested/3512b954651e_create_todos.sql");
	}

	@Test
	void readsTheBodyOfAClasspathScriptOnDemand() {
		SqlRevisionScript script = find(Location.classpath("script/classpath-scripts")).get(0);
		assertThat(script.upgradeStatements(SqlSyntax.STANDARD))
			.containsExactly(new SqlStatement("ALTER TABLE todos ADD COLUMN priority VARCHAR(20)", 10));
	}

	@Test
	void findsScriptsInsideAJar() throws IOException {
		Path jar = ScriptFiles.jar(this.temp.resolve("scripts.jar"), Map.of(
				"db/migrate/bbb_next.sql", ScriptFiles.script("bbb", "aaa", "Next"),
				"db/migrate/deeper/aaa_base.sql", ScriptFiles.script("aaa", "", "Base"),
				"db/migrate/readme.txt", "not a script",
				"db/other/ccc_elsewhere.sql", ScriptFiles.script("ccc", "", "Elsewhere")));
		try (URLClassLoader classLoader = classLoader(jar)) {
			List<SqlRevisionScript> scripts = find(classLoader, Location.classpath("db/migrate"));
			assertThat(scripts).extracting(SqlRevisionScript::origin)
				.containsExactly("db/migrate/deeper/aaa_base.sql", "db/migrate/bbb_next.sql");
		}
	}

	@Test
	void readsTheBodyOfAScriptInsideAJarOnDemand() throws IOException {
		Path jar = ScriptFiles.jar(this.temp.resolve("scripts.jar"),
				Map.of("db/migrate/aaa_base.sql", ScriptFiles.script("aaa", "", "Base")));
		try (URLClassLoader classLoader = classLoader(jar)) {
			SqlRevisionScript script = find(classLoader, Location.classpath("db/migrate")).get(0);
			assertThat(script.downgradeStatements(SqlSyntax.STANDARD))
				.containsExactly(new SqlStatement("DROP TABLE t_aaa", 11));
			assertThat(script.checksum()).hasSize(64);
		}
	}

	@Test
	void findsScriptsInEveryRootOfTheClasspath() throws IOException {
		Path jar = ScriptFiles.jar(this.temp.resolve("scripts.jar"),
				Map.of("db/migrate/bbb_next.sql", ScriptFiles.script("bbb", "aaa", "Next")));
		ScriptFiles.write(this.temp, "classes/db/migrate/aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		try (URLClassLoader classLoader = classLoader(jar, this.temp.resolve("classes"))) {
			assertThat(find(classLoader, Location.classpath("db/migrate"))).extracting(SqlRevisionScript::id)
				.containsExactly("aaa", "bbb");
		}
	}

	@Test
	void skipsAClasspathLocationThatNoRootHoldsWhenAnotherLocationExists() throws IOException {
		ScriptFiles.write(this.temp, "classes/db/migrate/aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		try (URLClassLoader classLoader = classLoader(this.temp.resolve("classes"))) {
			assertThat(find(classLoader, Location.classpath("db/missing"), Location.classpath("db/migrate")))
				.extracting(SqlRevisionScript::id)
				.containsExactly("aaa");
		}
	}

	@Test
	void rejectsLocationsNoneOfWhichExistNamingThem() throws IOException {
		Files.createDirectories(this.temp.resolve("classes"));
		try (URLClassLoader classLoader = classLoader(this.temp.resolve("classes"))) {
			assertThatExceptionOfType(ScriptLocationException.class)
				.isThrownBy(() -> find(classLoader, Location.classpath("db/migrate"), Location.classpath("db/more")))
				.withMessageContaining("classpath:db/migrate, classpath:db/more");
		}
	}

	@Test
	void findsNothingWithoutLocations() {
		assertThat(find()).isEmpty();
	}

	@Test
	void loadsAScriptFoundThroughOverlappingLocationsOnce() {
		ScriptFiles.write(this.temp, "migrate/sub/aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		assertThat(ids(filesystem("migrate"), filesystem("migrate/sub"))).containsExactly("aaa");
	}

	@Test
	void findsScriptsInFilesystemAndClasspathLocationsTogether() {
		ScriptFiles.write(this.temp, "migrate/aaa_base.sql", ScriptFiles.script("aaa", "", "Base"));
		assertThat(ids(filesystem("migrate"), Location.classpath("script/classpath-scripts")))
			.containsExactly("1975ea83b712", "3512b954651e", "aaa");
	}

	private Location filesystem(String relative) {
		return Location.filesystem(this.temp.resolve(relative));
	}

	private List<String> ids(Location... locations) {
		return find(locations).stream().map(SqlRevisionScript::id).toList();
	}

	private List<SqlRevisionScript> find(Location... locations) {
		return find(getClass().getClassLoader(), locations);
	}

	private static List<SqlRevisionScript> find(ClassLoader classLoader, Location... locations) {
		return new SqlScriptSource(List.of(locations), classLoader).findScripts();
	}

	private static URLClassLoader classLoader(Path... roots) throws IOException {
		URL[] urls = new URL[roots.length];
		for (int i = 0; i < roots.length; i++) {
			urls[i] = roots[i].toUri().toURL();
		}
		return new URLClassLoader(urls, null);
	}

}
