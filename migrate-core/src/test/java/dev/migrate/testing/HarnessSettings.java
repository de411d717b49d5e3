package dev.migrate.testing;

import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The harness's settings, read from environment variables: where the database servers are and
 * whether their tests may be skipped.
 */
final class HarnessSettings {

	static final String REQUIRE_DATABASES = "MIGRATE_TEST_REQUIRE_DATABASES";

	private final Function<String, @Nullable String> environment;

	/**
	 * Creates settings that read variables from the given lookup.
	 * @param environment returns a variable's value, or {@code null} if it is not set
	 */
	HarnessSettings(Function<String, @Nullable String> environment) {
		this.environment = environment;
	}

	/**
	 * Returns the settings of this process's environment.
	 * @return the settings
	 */
	static HarnessSettings fromEnvironment() {
		return new HarnessSettings(System::getenv);
	}

	/**
	 * Returns a variable's value, if it is set (an empty value is set: an empty password).
	 * @param name the variable's name
	 * @return its value
	 */
	Optional<String> get(String name) {
		return Optional.ofNullable(this.environment.apply(name));
	}

	/**
	 * Returns why every database is required, if it is: {@value #REQUIRE_DATABASES} when it is set
	 * to {@code true}, else {@code CI=true} when it is not set at all.
	 * @return the setting that requires the databases, such as {@code "CI=true"}, or empty if
	 * their tests may be skipped
	 */
	Optional<String> requirement() {
		Optional<String> explicit = get(REQUIRE_DATABASES).map(String::trim).filter((value) -> !value.isEmpty());
		if (explicit.isPresent()) {
			return Boolean.parseBoolean(explicit.get()) ? Optional.of(REQUIRE_DATABASES + "=true") : Optional.empty();
		}
		return get("CI").map(String::trim).filter(Boolean::parseBoolean).map((value) -> "CI=true");
	}

}
