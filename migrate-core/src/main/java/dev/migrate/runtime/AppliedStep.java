package dev.migrate.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A step a run made.
 *
 * @param step the step
 * @param startedAt when it started
 * @param duration how long its statements and its version-table change took
 */
public record AppliedStep(MigrationStep step, Instant startedAt, Duration duration) {

	/**
	 * Creates the value.
	 */
	public AppliedStep {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(duration, "duration");
	}

}
