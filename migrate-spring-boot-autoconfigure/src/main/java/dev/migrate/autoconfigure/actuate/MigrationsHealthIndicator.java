package dev.migrate.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import dev.migrate.autoconfigure.Migrate;
import dev.migrate.runtime.HistoryRecord;

/**
 * {@link HealthIndicator} for one migration: {@code UP} when the database is at its target,
 * {@code OUT_OF_SERVICE} when it is behind (revisions are pending, as with
 * {@code migrate.on-startup=none} before the migration step ran), and {@code DOWN} when the last
 * migration failed or the state cannot be read. The details say where it stands: the current
 * revisions, the heads, how many revisions are pending and the last failure.
 *
 * <p>Behind is {@code OUT_OF_SERVICE} rather than a status of our own because every status
 * aggregator and HTTP status mapping already knows it: the instance answers 503 and leaves the
 * load balancer until its schema catches up, yet it is not reported as broken.
 */
public class MigrationsHealthIndicator implements HealthIndicator {

	private final Migrate migrate;

	/**
	 * Creates the indicator.
	 * @param migrate the migration
	 */
	public MigrationsHealthIndicator(Migrate migrate) {
		this.migrate = Objects.requireNonNull(migrate, "migrate");
	}

	@Override
	public Health health() {
		// the newest history row is enough to see whether the last migration failed
		MigrationState state = MigrationState.read(this.migrate, 1);
		Optional<Map<String, Object>> lastFailure = lastFailure(state);
		Status status = (state.error().isPresent() || lastFailure.isPresent()) ? Status.DOWN
				: state.pending().isEmpty() ? Status.UP : Status.OUT_OF_SERVICE;
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("dataSource", this.migrate.dataSourceName());
		details.put("target", this.migrate.target());
		details.put("current", state.currentRevisions());
		details.put("heads", state.heads());
		details.put("pending", state.pending().size());
		lastFailure.ifPresent((failure) -> details.put("lastFailure", failure));
		state.error().ifPresent((error) -> details.put("error", error));
		return Health.status(status).withDetails(details).build();
	}

	// the history table, not this application's memory, says whether the last migration failed:
	// every instance agrees, and a later successful run (from anywhere) clears it
	private static Optional<Map<String, Object>> lastFailure(MigrationState state) {
		return state.lastFailure().map((entry) -> {
			HistoryRecord record = entry.record();
			Map<String, Object> failure = new LinkedHashMap<>();
			failure.put("revision", record.revision());
			failure.put("direction", Directions.name(record.direction()));
			failure.put("startedAt", record.startedAt().toString());
			failure.put("error", record.error().orElse(""));
			return failure;
		});
	}

}
