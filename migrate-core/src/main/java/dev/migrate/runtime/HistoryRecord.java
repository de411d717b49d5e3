package dev.migrate.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the history table: a step that ran, or failed.
 *
 * @param revision the revision the step ran; for a stamp, the revision it stamped (or, for a
 * stamp to base, the revision it removed)
 * @param direction whether the step upgraded, downgraded or stamped
 * @param message the revision's message; for a stamp, the revisions it moved from and to
 * @param checksum the checksum of the script that ran; empty for a stamp
 * @param installedBy who ran it
 * @param startedAt when it started
 * @param duration how long it ran
 * @param error why it failed; empty when it succeeded
 */
public record HistoryRecord(String revision, StepDirection direction, String message, Optional<String> checksum,
		String installedBy, Instant startedAt, Duration duration, Optional<String> error) {

	/**
	 * Creates a record.
	 */
	public HistoryRecord {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(checksum, "checksum");
		Objects.requireNonNull(installedBy, "installedBy");
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(duration, "duration");
		Objects.requireNonNull(error, "error");
	}

	/**
	 * Tells whether the step succeeded.
	 * @return {@code true} when there is no error
	 */
	public boolean success() {
		return this.error.isEmpty();
	}

}
