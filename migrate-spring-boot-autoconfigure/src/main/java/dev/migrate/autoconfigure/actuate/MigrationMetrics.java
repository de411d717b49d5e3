package dev.migrate.autoconfigure.actuate;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.MigrationStep;

/**
 * Records the migrations each DataSource runs as the {@value #METRIC_NAME} timer, tagged with
 * {@code datasource}, {@code revision}, {@code direction} ({@code upgrade}, {@code downgrade},
 * {@code stamp}) and {@code outcome} ({@code success}, {@code failure}): its count is the number
 * of steps applied, its total the time they took. The auto-configuration hands
 * {@link #listener(String) a listener} to every migration through a
 * {@link dev.migrate.autoconfigure.MigrateCustomizer}.
 */
public final class MigrationMetrics {

	/** The name of the timer. */
	public static final String METRIC_NAME = "migrate.migrations";

	private final MeterRegistry registry;

	/**
	 * Creates the metrics.
	 * @param registry where the timers go
	 */
	public MigrationMetrics(MeterRegistry registry) {
		this.registry = Objects.requireNonNull(registry, "registry");
	}

	/**
	 * Returns the listener to pass to a run on a DataSource.
	 * @param dataSourceName the DataSource bean name, the {@code datasource} tag
	 * @return the listener
	 */
	public MigrationListener listener(String dataSourceName) {
		Objects.requireNonNull(dataSourceName, "dataSourceName");
		return new MigrationListener() {

			@Override
			public void stepCompleted(MigrationStep step, Duration duration) {
				record(dataSourceName, step, duration, "success");
			}

			@Override
			public void stepFailed(MigrationStep step, Duration duration, MigrationFailedException failure) {
				record(dataSourceName, step, duration, "failure");
			}

		};
	}

	private void record(String dataSourceName, MigrationStep step, Duration duration, String outcome) {
		Tags tags = Tags.of("datasource", dataSourceName, "revision", revisionOf(step), "direction",
				Directions.name(step.direction()), "outcome", outcome);
		Timer.builder(METRIC_NAME)
			.description("Time taken by each migration step")
			.tags(tags)
			.register(this.registry)
			.record(duration);
	}

	private static String revisionOf(MigrationStep step) {
		if (step.revision().isPresent()) {
			return step.revision().get().id();
		}
		// a stamp names the revision it moves to, or the one it removes when stamping down to base
		List<String> revisions = step.toRevisions().isEmpty() ? step.fromRevisions() : step.toRevisions();
		return String.join(",", revisions);
	}

}
