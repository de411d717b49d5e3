package dev.migrate.autoconfigure.actuate;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

import dev.migrate.autoconfigure.Migrate;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.HistoryRecord;
import dev.migrate.script.ScriptDirectory;

/**
 * {@link Endpoint @Endpoint} that shows, for each application context and each migrated
 * DataSource, the revisions the database is at, the heads of its scripts, what an upgrade to its
 * target would apply, the branch points and the recent history. Read-only: it never takes the
 * migration lock, so it answers while a migration runs, and a database it cannot read shows as
 * an {@code error} rather than a failed request.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	/** How many history rows each DataSource shows by default. */
	public static final int DEFAULT_HISTORY_LIMIT = 20;

	private final ApplicationContext context;

	private final int historyLimit;

	/**
	 * Creates the endpoint, showing {@value #DEFAULT_HISTORY_LIMIT} history rows per DataSource.
	 * @param context the application context whose migrations (and whose ancestors' migrations)
	 * it shows
	 */
	public MigrationsEndpoint(ApplicationContext context) {
		this(context, DEFAULT_HISTORY_LIMIT);
	}

	/**
	 * Creates the endpoint.
	 * @param context the application context whose migrations (and whose ancestors' migrations)
	 * it shows
	 * @param historyLimit how many history rows each DataSource shows at most
	 */
	public MigrationsEndpoint(ApplicationContext context, int historyLimit) {
		this.context = Objects.requireNonNull(context, "context");
		if (historyLimit < 0) {
			throw new IllegalArgumentException("historyLimit must not be negative, got " + historyLimit);
		}
		this.historyLimit = historyLimit;
	}

	/**
	 * Reads the migrations of every DataSource of this context and its ancestors.
	 * @return the descriptor, by context id
	 */
	@ReadOperation
	public MigrationsDescriptor migrations() {
		Map<String, ContextMigrationsDescriptor> contexts = new LinkedHashMap<>();
		@Nullable ApplicationContext target = this.context;
		while (target != null) {
			Map<String, DataSourceMigrationsDescriptor> dataSources = new LinkedHashMap<>();
			MigrationKeys.byDataSource(target.getBeansOfType(Migrate.class).values())
				.forEach((key, migrate) -> dataSources.put(key, describe(migrate)));
			@Nullable ApplicationContext parent = target.getParent();
			contexts.put(target.getId(), new ContextMigrationsDescriptor(dataSources,
					(parent != null) ? parent.getId() : null));
			target = parent;
		}
		return new MigrationsDescriptor(contexts);
	}

	private DataSourceMigrationsDescriptor describe(Migrate migrate) {
		MigrationState state = MigrationState.read(migrate, this.historyLimit);
		// pending revisions and branch points come from the scripts, which are loaded by now
		List<RevisionDescriptor> pending = state.pending()
			.stream()
			.map((revision) -> RevisionDescriptor.of(revision, migrate.scripts()))
			.toList();
		List<BranchDescriptor> branches = state.branchPoints()
			.stream()
			.map((revision) -> BranchDescriptor.of(revision, migrate.scripts()))
			.toList();
		List<HistoryEntryDescriptor> history = state.history().stream().map(HistoryEntryDescriptor::of).toList();
		return new DataSourceMigrationsDescriptor(state.currentRevisions(), state.heads(), state.upToDate(), pending,
				branches, history, state.error().orElse(null));
	}

	/**
	 * The migrations of every application context, by context id.
	 *
	 * @param contexts the contexts, from this endpoint's context up to the root
	 */
	public record MigrationsDescriptor(Map<String, ContextMigrationsDescriptor> contexts)
			implements OperationResponseBody {

		/**
		 * Creates the descriptor, keeping the order of its contexts.
		 */
		public MigrationsDescriptor {
			contexts = Collections.unmodifiableMap(new LinkedHashMap<>(contexts));
		}

	}

	/**
	 * The migrations of one application context, by DataSource bean name (followed by
	 * {@code /} and the migration's name when two migrations share a DataSource).
	 *
	 * @param dataSources the migrated DataSources of the context
	 * @param parentId the id of the parent context; {@code null} for the root
	 */
	public record ContextMigrationsDescriptor(Map<String, DataSourceMigrationsDescriptor> dataSources,
			@Nullable String parentId) {

		/**
		 * Creates the descriptor, keeping the order of its DataSources.
		 */
		public ContextMigrationsDescriptor {
			dataSources = Collections.unmodifiableMap(new LinkedHashMap<>(dataSources));
		}

	}

	/**
	 * Where one DataSource stands.
	 *
	 * @param currentRevisions the revisions its version table holds; empty when it could not be
	 * read
	 * @param heads the heads of its scripts
	 * @param upToDate whether it is at its target ({@code migrate.target}) and its state could be
	 * read
	 * @param pending the revisions an upgrade to its target would apply, in order
	 * @param branches the branch points of its scripts
	 * @param history the latest rows of its history table, newest first
	 * @param error why part of the state could not be read; {@code null} when all of it was
	 */
	public record DataSourceMigrationsDescriptor(Set<String> currentRevisions, List<String> heads, boolean upToDate,
			List<RevisionDescriptor> pending, List<BranchDescriptor> branches, List<HistoryEntryDescriptor> history,
			@Nullable String error) {

		/**
		 * Creates the descriptor, copying its collections.
		 */
		public DataSourceMigrationsDescriptor {
			currentRevisions = Collections.unmodifiableSet(new LinkedHashSet<>(currentRevisions));
			heads = List.copyOf(heads);
			pending = List.copyOf(pending);
			branches = List.copyOf(branches);
			history = List.copyOf(history);
		}

	}

	/**
	 * A revision.
	 *
	 * @param revision its id
	 * @param downRevisions the revisions it revises
	 * @param message its message; empty when it has none
	 * @param branchLabels its effective branch labels, sorted
	 */
	public record RevisionDescriptor(String revision, List<String> downRevisions, String message,
			Set<String> branchLabels) {

		/**
		 * Creates the descriptor, copying its collections.
		 */
		public RevisionDescriptor {
			downRevisions = List.copyOf(downRevisions);
			branchLabels = Collections.unmodifiableSet(new LinkedHashSet<>(branchLabels));
		}

		static RevisionDescriptor of(Revision revision, ScriptDirectory scripts) {
			return new RevisionDescriptor(revision.id(), revision.downRevisions(),
					scripts.script(revision.id()).message(), scripts.graph().branchLabels(revision.id()));
		}

	}

	/**
	 * A branch point: a revision that several revisions revise.
	 *
	 * @param revision its id
	 * @param message its message; empty when it has none
	 * @param branchLabels its effective branch labels, sorted
	 * @param nextRevisions the revisions that revise it
	 */
	public record BranchDescriptor(String revision, String message, Set<String> branchLabels,
			List<String> nextRevisions) {

		/**
		 * Creates the descriptor, copying its collections.
		 */
		public BranchDescriptor {
			branchLabels = Collections.unmodifiableSet(new LinkedHashSet<>(branchLabels));
			nextRevisions = List.copyOf(nextRevisions);
		}

		static BranchDescriptor of(Revision revision, ScriptDirectory scripts) {
			RevisionGraph graph = scripts.graph();
			return new BranchDescriptor(revision.id(), scripts.script(revision.id()).message(),
					graph.branchLabels(revision.id()), graph.nextRevisions(revision.id()));
		}

	}

	/**
	 * A row of the history table.
	 *
	 * @param revision the revision the step ran (or stamped)
	 * @param direction {@code upgrade}, {@code downgrade} or {@code stamp}
	 * @param message the revision's message
	 * @param checksum the checksum of the script that ran; {@code null} for a stamp
	 * @param installedBy who ran it
	 * @param startedAt when it started
	 * @param durationMs how long it ran, in milliseconds
	 * @param success whether it succeeded
	 * @param error why it failed; {@code null} when it succeeded
	 */
	public record HistoryEntryDescriptor(String revision, String direction, String message,
			@Nullable String checksum, String installedBy, Instant startedAt, long durationMs, boolean success,
			@Nullable String error) {

		static HistoryEntryDescriptor of(HistoryEntry entry) {
			HistoryRecord record = entry.record();
			return new HistoryEntryDescriptor(record.revision(), Directions.name(record.direction()), record.message(),
					record.checksum().orElse(null), record.installedBy(), record.startedAt(),
					record.duration().toMillis(), record.success(), record.error().orElse(null));
		}

	}

}
