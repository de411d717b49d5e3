package dev.migrate.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateCommandArguments}.
 */
class MigrateCommandArgumentsTests {

	@Test
	void anApplicationWithoutArgumentsStartsAsUsual() {
		assertThat(MigrateCommandArguments.of()).isEmpty();
	}

	@Test
	void anApplicationWithOnlySpringArgumentsStartsAsUsual() {
		assertThat(MigrateCommandArguments.of("--spring.profiles.active=postgres", "--debug")).isEmpty();
	}

	@Test
	void migrateAsTheFirstArgumentStartsCommandMode() {
		assertThat(MigrateCommandArguments.of("migrate", "current", "-v")).hasValueSatisfying(
				(arguments) -> assertThat(arguments.command()).containsExactly("current", "-v"));
	}

	@Test
	void migrateAfterAnotherArgumentDoesNotStartCommandMode() {
		assertThat(MigrateCommandArguments.of("serve", "migrate", "current")).isEmpty();
	}

	@Test
	void springArgumentsBeforeTheCommandAreLeftToSpring() {
		assertThat(MigrateCommandArguments.of("--spring.profiles.active=postgres", "--trace", "migrate", "upgrade",
				"head")).hasValueSatisfying(
						(arguments) -> assertThat(arguments.command()).containsExactly("upgrade", "head"));
	}

	@Test
	void springArgumentsAfterTheCommandAreLeftToSpringAndMigrateOptionsKept() {
		assertThat(MigrateCommandArguments.of("migrate", "upgrade", "--spring.datasource.url=jdbc:h2:mem:x", "head",
				"--sql", "--dialect=postgresql", "--debug")).hasValueSatisfying((arguments) -> assertThat(
						arguments.command()).containsExactly("upgrade", "head", "--sql", "--dialect=postgresql"));
	}

	@Test
	void migrateAloneIsACommandLineWithoutACommand() {
		assertThat(MigrateCommandArguments.of("migrate"))
			.hasValueSatisfying((arguments) -> assertThat(arguments.command()).isEmpty());
	}

	@Test
	void dottedOptionsDebugAndTraceAreSpringArguments() {
		assertThat(MigrateCommandArguments.isSpringArgument("--migrate.target=head")).isTrue();
		assertThat(MigrateCommandArguments.isSpringArgument("--logging.level.root")).isTrue();
		assertThat(MigrateCommandArguments.isSpringArgument("--debug")).isTrue();
		assertThat(MigrateCommandArguments.isSpringArgument("--trace")).isTrue();
		assertThat(MigrateCommandArguments.isSpringArgument("--sql")).isFalse();
		assertThat(MigrateCommandArguments.isSpringArgument("--rev-id=a.b")).isFalse();
		assertThat(MigrateCommandArguments.isSpringArgument("-m")).isFalse();
		assertThat(MigrateCommandArguments.isSpringArgument("a.b")).isFalse();
	}

}
