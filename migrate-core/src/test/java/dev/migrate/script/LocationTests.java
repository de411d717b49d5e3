package dev.migrate.script;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocationTests {

	@Test
	void parsesAFilesystemLocation() {
		Location location = Location.parse("filesystem:db/migrate");
		assertThat(location.type()).isEqualTo(Location.Type.FILESYSTEM);
		assertThat(location.path()).isEqualTo("db/migrate");
	}

	@Test
	void keepsAFilesystemPathAsGiven() {
		assertThat(Location.parse("filesystem:./db/migrate/").path()).isEqualTo("./db/migrate/");
	}

	@Test
	void parsesAClasspathLocation() {
		Location location = Location.parse("classpath:db/migrate");
		assertThat(location.type()).isEqualTo(Location.Type.CLASSPATH);
		assertThat(location.path()).isEqualTo("db/migrate");
	}

	@Test
	void readsABarePathAsAClasspathLocation() {
		assertThat(Location.parse("db/migrate")).isEqualTo(Location.classpath("db/migrate"));
	}

	@Test
	void toleratesALeadingSlashAfterClasspath() {
		assertThat(Location.parse("classpath:/db/migrate").path()).isEqualTo("db/migrate");
	}

	@Test
	void dropsATrailingSlashFromAClasspathPath() {
		assertThat(Location.parse("classpath:db/migrate/").path()).isEqualTo("db/migrate");
	}

	@Test
	void readsPrefixesWhateverTheirCase() {
		assertThat(Location.parse("Classpath:db").type()).isEqualTo(Location.Type.CLASSPATH);
		assertThat(Location.parse("FILESYSTEM:db").type()).isEqualTo(Location.Type.FILESYSTEM);
	}

	@Test
	void ignoresSurroundingWhiteSpace() {
		assertThat(Location.parse("  classpath:db/migrate ")).isEqualTo(Location.classpath("db/migrate"));
	}

	@Test
	void formatsAsItIsParsed() {
		assertThat(Location.parse("/db/migrate")).hasToString("classpath:db/migrate");
		assertThat(Location.parse("filesystem:/tmp/x")).hasToString("filesystem:/tmp/x");
	}

	@Test
	void makesAFilesystemLocationFromAPath() {
		assertThat(Location.filesystem(Path.of("db", "migrate"))).hasToString("filesystem:db/migrate");
	}

	@Test
	void rejectsAnEmptyLocation() {
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> Location.parse("  "))
			.withMessageContaining("is empty");
	}

	@Test
	void rejectsAnUnknownPrefixNamingTheLocation() {
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> Location.parse("http:db/migrate"))
			.withMessageContaining("'http:db/migrate'")
			.withMessageContaining("unknown prefix 'http:'");
	}

	@Test
	void rejectsSpringsClasspathStarPrefix() {
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> Location.parse("classpath*:db"))
			.withMessageContaining("classpath: already searches every directory and jar");
	}

	@Test
	void rejectsAClasspathLocationWithoutAPath() {
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> Location.parse("classpath:/"))
			.withMessageContaining("'classpath:/'")
			.withMessageContaining("names no directory");
	}

	@Test
	void rejectsAFilesystemLocationWithoutAPath() {
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> Location.parse("filesystem:"))
			.withMessageContaining("'filesystem:'");
	}

	@Test
	void rejectsWildcardsInAClasspathPath() {
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> Location.parse("classpath:db/*"))
			.withMessageContaining("wildcards");
	}

	@Test
	void rejectsParentSegmentsInAClasspathPath() {
		assertThatExceptionOfType(ScriptLocationException.class)
			.isThrownBy(() -> Location.parse("classpath:db/../secrets"))
			.withMessageContaining("'classpath:db/../secrets'");
	}

	@Test
	void rejectsEmptySegmentsInAClasspathPath() {
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> Location.parse("classpath:db//migrate"));
	}

	@Test
	void rejectsBackslashesInAClasspathPath() {
		assertThatExceptionOfType(ScriptLocationException.class).isThrownBy(() -> Location.parse("classpath:db\\migrate"))
			.withMessageContaining("'/'");
	}

}
