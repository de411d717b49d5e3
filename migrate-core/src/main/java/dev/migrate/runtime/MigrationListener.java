package dev.migrate.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Hears about each step of a run as it happens, for progress lines, metrics or logs. Called on
 * the thread that runs the migration; a listener that throws fails the run.
 */
public interface MigrationListener {

	/**
	 * Called before a step runs.
	 * @param step the step
	 */
	default void stepStarting(MigrationStep step) {
	}

	/**
	 * Called once a step has run and its version-table change is made (not necessarily
	 * committed, in transaction mode {@code all}).
	 * @param step the step
	 * @param duration how long it took
	 */
	default void stepCompleted(MigrationStep step, Duration duration) {
	}

	/**
	 * Called when a step fails, before the run throws.
	 * @param step the step
	 * @param duration how long it ran before failing
	 * @param failure what the run throws
	 */
	default void stepFailed(MigrationStep step, Duration duration, MigrationFailedException failure) {
	}

	/**
	 * Returns a listener that does nothing.
	 * @return the listener
	 */
	static MigrationListener none() {
		return new MigrationListener() {
		};
	}

	/**
	 * Returns a listener that writes each step's {@link MigrationStep#logLine() log line}, such
	 * as {@code Running upgrade 3512b954651e -> 1975ea83b712, Add priority to todos}, as the step
	 * starts (the CLI prints them to standard error).
	 * @param lines where the lines go
	 * @return the listener
	 */
	static MigrationListener progress(Consumer<String> lines) {
		Objects.requireNonNull(lines, "lines");
		return new MigrationListener() {

			@Override
			public void stepStarting(MigrationStep step) {
				lines.accept(step.logLine());
			}

		};
	}

}
