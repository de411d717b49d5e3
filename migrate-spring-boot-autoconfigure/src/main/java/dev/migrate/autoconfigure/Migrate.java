package dev.migrate.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;
import dev.migrate.runtime.DatabaseAccessException;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.HistoryRecord;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.runtime.MigrationPlan;
import dev.migrate.runtime.MigrationPlanner;
import dev.migrate.runtime.MigrationResult;
import dev.migrate.runtime.MigrationStep;
import dev.migrate.runtime.Migrator;
import dev.migrate.runtime.PlannedStep;
import dev.migrate.runtime.StepDirection;
import dev.migrate.script.Location;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.ScriptDirectory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogMessage;

/**
 * The migration of one DataSource, as the application configured it: its scripts, options,
 * target and startup action, and the questions and actions the startup, the endpoint and the
 * health contributor need. One bean per migrated DataSource; safe to share between threads.
 */
public final class Migrate {

	private static final Log logger = LogFactory.getLog(Migrate.class);

	/** How many history rows {@link #validate()} reads to compare checksums. */
	private static final int CHECKSUM_HISTORY_LIMIT = 100_000;

	private final String name;

	private final DataSource dataSource;

	private final String dataSourceName;

	private final List<Location> locations;

	private final List<String> javaPackages;

	private final Supplier<ScriptDirectory> scripts;

	private final MigrationOptions options;

	private final String target;

	private final StartupAction startupAction;

	private final boolean validateChecksums;

	private final MigrationListener listener;

	private volatile @Nullable ScriptDirectory loadedScripts;

	private volatile @Nullable CompletableFuture<ScriptDirectory> scriptsLoading;

	private volatile @Nullable Migrator migrator;

	private volatile @Nullable RuntimeException lastFailure;

	private Migrate(Builder builder) {
		this.name = builder.name;
		this.dataSource = Objects.requireNonNull(builder.dataSource, "dataSource");
		this.dataSourceName = builder.dataSourceName;
		this.locations = List.copyOf(builder.locations);
		this.javaPackages = List.copyOf(builder.javaPackages);
		ClassLoader classLoader = builder.classLoader;
		this.scripts = () -> ScriptDirectory.load(this.locations, this.javaPackages, classLoader);
		this.options = builder.options;
		this.target = builder.target;
		this.startupAction = builder.startupAction;
		this.validateChecksums = builder.validateChecksums;
		this.listener = composite(List.copyOf(builder.listeners));
	}

	/**
	 * Starts building the migration of a DataSource.
	 * @param name the migration's name: {@code default} for {@code migrate.*}, the entry's name
	 * for {@code migrate.datasources.<name>.*}
	 * @param dataSource the DataSource to migrate
	 * @return a builder with the defaults of {@link MigrateProperties}
	 */
	public static Builder builder(String name, DataSource dataSource) {
		return new Builder(name, dataSource);
	}

	/**
	 * Returns the migration's name.
	 * @return {@code default} for {@code migrate.*}, else the name of its
	 * {@code migrate.datasources} entry
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns the DataSource this migration runs on.
	 * @return the DataSource
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * Returns the name of the DataSource this migration runs on, as the endpoint shows it.
	 * @return the DataSource bean name, or {@code migrate.url} for a connection of its own
	 */
	public String dataSourceName() {
		return this.dataSourceName;
	}

	/**
	 * Returns where the scripts are.
	 * @return the locations, in order
	 */
	public List<Location> locations() {
		return this.locations;
	}

	/**
	 * Returns the packages searched for Java revisions.
	 * @return the packages; empty when Java revisions are not searched for
	 */
	public List<String> javaPackages() {
		return this.javaPackages;
	}

	/**
	 * Returns the engine's options: transaction mode, tables, lock timeout.
	 * @return the options
	 */
	public MigrationOptions options() {
		return this.options;
	}

	/**
	 * Returns the revision the startup upgrades to, or validates against.
	 * @return the target, such as {@code head}
	 */
	public String target() {
		return this.target;
	}

	/**
	 * Returns what the application does to the database at startup.
	 * @return the startup action
	 */
	public StartupAction startupAction() {
		return this.startupAction;
	}

	/**
	 * Returns the revision scripts, read once on first use.
	 * @return the script directory
	 * @throws dev.migrate.MigrateException if a script cannot be found, read or parsed, or the
	 * graph is invalid
	 */
	public ScriptDirectory scripts() {
		ScriptDirectory loaded = this.loadedScripts;
		if (loaded == null) {
			CompletableFuture<ScriptDirectory> loading = this.scriptsLoading;
			loaded = (loading != null) ? awaitScripts(loading) : this.scripts.get();
			this.loadedScripts = loaded;
		}
		return loaded;
	}

	/**
	 * Starts reading the scripts on a thread of their own, so that reading them overlaps with
	 * the first connection to the database, which the startup waits for anyway.
	 */
	private void startLoadingScripts() {
		if (this.loadedScripts != null || this.scriptsLoading != null) {
			return;
		}
		CompletableFuture<ScriptDirectory> loading = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				ScriptDirectory directory = this.scripts.get();
				if (this.validateChecksums) {
					computeChecksums(directory);
				}
				loading.complete(directory);
			}
			catch (Throwable ex) {
				loading.completeExceptionally(ex);
			}
		}, "migrate-scripts-" + this.name);
		thread.setDaemon(true);
		this.scriptsLoading = loading;
		thread.start();
	}

	private static void computeChecksums(ScriptDirectory directory) {
		for (MigrationScript script : directory.scripts()) {
			try {
				script.checksum();
			}
			catch (RuntimeException ex) {
				// the script's checksum is asked for again where it is needed, which then fails
				// with this error on the thread that runs the migration
				return;
			}
		}
	}

	private static ScriptDirectory awaitScripts(CompletableFuture<ScriptDirectory> loading) {
		try {
			return loading.join();
		}
		catch (CompletionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * Reads the revisions the version table holds.
	 * @return the current revisions, in table order; empty for a new database
	 */
	public Set<String> currentRevisions() {
		return migrator().currentRevisions();
	}

	/**
	 * Returns the heads of the revision graph.
	 * @return the head revisions, in load order
	 */
	public List<Revision> heads() {
		RevisionGraph graph = scripts().graph();
		return graph.heads().stream().map(graph::get).toList();
	}

	/**
	 * Returns the branch points of the revision graph, as {@code migrate branches} lists them.
	 * @return the revisions that more than one revision revises
	 */
	public List<Revision> branches() {
		RevisionGraph graph = scripts().graph();
		return graph.revisions().stream().filter((revision) -> graph.isBranchPoint(revision.id())).toList();
	}

	/**
	 * Returns the scripts that an upgrade to {@link #target()} would run now, in order.
	 * @return the pending scripts; empty when the database is at its target
	 */
	public List<MigrationScript> pendingScripts() {
		ScriptDirectory directory = scripts();
		MigrationPlan plan = MigrationPlanner.of(directory).upgrade(currentRevisions(), this.target);
		List<MigrationScript> pending = new ArrayList<>(plan.steps().size());
		for (PlannedStep step : plan.steps()) {
			step.step().revision().ifPresent((revision) -> pending.add(directory.script(revision.id())));
		}
		return pending;
	}

	/**
	 * Tells whether the database is at {@link #target()}.
	 * @return {@code true} when no revision is pending
	 */
	public boolean isUpToDate() {
		return pendingScripts().isEmpty();
	}

	/**
	 * Reads the latest rows of the history table.
	 * @param limit how many rows to read at most
	 * @return the rows, newest first; empty when the table does not exist
	 */
	public List<HistoryEntry> recentHistory(int limit) {
		return migrator().recentHistory(limit);
	}

	/**
	 * Upgrades the database to {@link #target()}, checking the scripts that already ran first
	 * when checksums are validated.
	 * @return what the run did
	 * @throws MigrateValidationException if a script that already ran was edited since
	 * @throws dev.migrate.MigrateException if the run fails
	 */
	public MigrationResult upgrade() {
		return upgrade(this.target);
	}

	/**
	 * Upgrades the database to a revision, checking the scripts that already ran first when
	 * checksums are validated.
	 * @param target the revision to upgrade to
	 * @return what the run did
	 * @throws MigrateValidationException if a script that already ran was edited since
	 * @throws dev.migrate.MigrateException if the run fails
	 */
	public MigrationResult upgrade(String target) {
		return recordingFailure(() -> {
			Migrator migrator = migrator();
			if (this.validateChecksums) {
				checkChecksums();
			}
			MigrationPlanner planner = MigrationPlanner.of(scripts());
			return migrator.run((rows) -> planner.upgrade(rows, target), this.listener);
		});
	}

	/**
	 * Checks, without changing anything, that the database is at {@link #target()} and, when
	 * checksums are validated, that no script that ran was edited since.
	 * @throws MigrateValidationException listing the pending revisions or the edited scripts
	 */
	public void validate() {
		recordingFailure(() -> {
			migrator();
			if (this.validateChecksums) {
				checkChecksums();
			}
			List<MigrationScript> pending = pendingScripts();
			if (!pending.isEmpty()) {
				throw MigrateValidationException.pending(this.name, this.target, pending);
			}
			return null;
		});
	}

	/**
	 * Runs the {@link #startupAction()}: upgrades, validates or does nothing, and logs where the
	 * database stands and how long that took.
	 */
	public void runStartupAction() {
		long started = System.nanoTime();
		if (this.startupAction != StartupAction.NONE) {
			startLoadingScripts();
		}
		switch (this.startupAction) {
			case UPGRADE -> {
				MigrationResult result = upgrade();
				logger.info(LogMessage.format("Migration '%s': %s %s (%d ms)", this.name,
						result.appliedSteps().isEmpty() ? "database at" : "database upgraded to",
						String.join(", ", result.rowsAfter()), millisSince(started)));
			}
			case VALIDATE -> {
				validate();
				logger.info(LogMessage.format("Migration '%s': database at %s, validated (%d ms)", this.name,
						this.target, millisSince(started)));
			}
			case NONE -> {
			}
		}
	}

	private static long millisSince(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

	/**
	 * Returns the failure of the latest upgrade or validation of this bean, if it failed.
	 * @return the failure; empty when the latest one succeeded or none ran
	 */
	public Optional<RuntimeException> lastFailure() {
		return Optional.ofNullable(this.lastFailure);
	}

	private <T> T recordingFailure(Supplier<T> action) {
		try {
			T result = action.get();
			this.lastFailure = null;
			return result;
		}
		catch (RuntimeException ex) {
			this.lastFailure = ex;
			throw ex;
		}
	}

	private void checkChecksums() {
		ScriptDirectory directory = scripts();
		Map<String, String> edited = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		// newest first: the latest successful upgrade of each revision is what counts
		for (HistoryEntry entry : recentHistory(CHECKSUM_HISTORY_LIMIT)) {
			HistoryRecord record = entry.record();
			if (record.direction() != StepDirection.UPGRADE || !record.success() || record.checksum().isEmpty()
					|| !seen.add(record.revision())) {
				continue;
			}
			Optional<Revision> revision = directory.graph().find(record.revision());
			if (revision.isPresent()) {
				MigrationScript script = directory.script(revision.get().id());
				if (!script.checksum().equals(record.checksum().get())) {
					edited.put(record.revision(), script.origin());
				}
			}
		}
		if (!edited.isEmpty()) {
			throw MigrateValidationException.edited(this.name, edited);
		}
	}

	private Migrator migrator() {
		Migrator current = this.migrator;
		if (current == null) {
			// the first connection before the scripts: while it opens, the scripts are read
			Dialect dialect = dialect();
			current = new Migrator(this.dataSource, dialect, scripts(), this.options);
			this.migrator = current;
		}
		return current;
	}

	private Dialect dialect() {
		try (Connection connection = this.dataSource.getConnection()) {
			return Dialects.forConnection(connection);
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not connect to the database of migration '" + this.name + "'", ex);
		}
	}

	private static MigrationListener composite(List<MigrationListener> listeners) {
		if (listeners.size() == 1) {
			return listeners.get(0);
		}
		return new MigrationListener() {

			@Override
			public void stepStarting(MigrationStep step) {
				listeners.forEach((listener) -> listener.stepStarting(step));
			}

			@Override
			public void stepCompleted(MigrationStep step, Duration duration) {
				listeners.forEach((listener) -> listener.stepCompleted(step, duration));
			}

			@Override
			public void stepFailed(MigrationStep step, Duration duration,
					MigrationFailedException failure) {
				listeners.forEach((listener) -> listener.stepFailed(step, duration, failure));
			}

		};
	}

	@Override
	public String toString() {
		return "Migrate '" + this.name + "' " + this.locations;
	}

	/**
	 * Builds a {@link Migrate}; {@link MigrateCustomizer customizers} receive it last, after the
	 * properties are applied.
	 */
	public static final class Builder {

		private final String name;

		private DataSource dataSource;

		private String dataSourceName;

		private List<Location> locations = List.of(Location.parse(MigrateProperties.DEFAULT_LOCATION));

		private List<String> javaPackages = List.of();

		private ClassLoader classLoader = Migrate.class.getClassLoader();

		private MigrationOptions options = MigrationOptions.defaults();

		private String target = "head";

		private StartupAction startupAction = StartupAction.UPGRADE;

		private boolean validateChecksums = true;

		private final List<MigrationListener> listeners = new ArrayList<>();

		private Builder(String name, DataSource dataSource) {
			this.name = Objects.requireNonNull(name, "name");
			this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
			this.dataSourceName = name;
		}

		/**
		 * Returns the migration's name, so that a customizer can tell migrations apart.
		 * @return {@code default}, or the name of a {@code migrate.datasources} entry
		 */
		public String name() {
			return this.name;
		}

		/**
		 * Returns the DataSource to migrate.
		 * @return the DataSource
		 */
		public DataSource dataSource() {
			return this.dataSource;
		}

		/**
		 * Sets the DataSource to migrate.
		 * @param dataSource the DataSource
		 * @return this builder
		 */
		public Builder dataSource(DataSource dataSource) {
			this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
			return this;
		}

		/**
		 * Returns the name of the DataSource to migrate.
		 * @return the DataSource bean name; the migration's name unless set
		 */
		public String dataSourceName() {
			return this.dataSourceName;
		}

		/**
		 * Sets the name of the DataSource to migrate, as the endpoint shows it.
		 * @param dataSourceName the DataSource bean name
		 * @return this builder
		 */
		public Builder dataSourceName(String dataSourceName) {
			this.dataSourceName = Objects.requireNonNull(dataSourceName, "dataSourceName");
			return this;
		}

		/**
		 * Returns where the scripts are.
		 * @return the locations
		 */
		public List<Location> locations() {
			return this.locations;
		}

		/**
		 * Sets where the scripts are.
		 * @param locations the locations, in order
		 * @return this builder
		 */
		public Builder locations(List<Location> locations) {
			this.locations = List.copyOf(locations);
			return this;
		}

		/**
		 * Returns the packages searched for Java revisions.
		 * @return the packages
		 */
		public List<String> javaPackages() {
			return this.javaPackages;
		}

		/**
		 * Sets the packages searched, with their sub-packages, for Java revisions.
		 * @param packages the packages; empty searches none
		 * @return this builder
		 */
		public Builder javaPackages(List<String> packages) {
			this.javaPackages = List.copyOf(packages);
			return this;
		}

		/**
		 * Sets the class loader {@code classpath:} locations are searched in.
		 * @param classLoader the class loader
		 * @return this builder
		 */
		public Builder classLoader(ClassLoader classLoader) {
			this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
			return this;
		}

		/**
		 * Returns the engine's options.
		 * @return the options
		 */
		public MigrationOptions options() {
			return this.options;
		}

		/**
		 * Sets the engine's options.
		 * @param options the options
		 * @return this builder
		 */
		public Builder options(MigrationOptions options) {
			this.options = Objects.requireNonNull(options, "options");
			return this;
		}

		/**
		 * Returns the target revision.
		 * @return the target
		 */
		public String target() {
			return this.target;
		}

		/**
		 * Sets the target revision.
		 * @param target the target, such as {@code head}
		 * @return this builder
		 */
		public Builder target(String target) {
			this.target = Objects.requireNonNull(target, "target");
			return this;
		}

		/**
		 * Returns the startup action.
		 * @return the action
		 */
		public StartupAction startupAction() {
			return this.startupAction;
		}

		/**
		 * Sets the startup action.
		 * @param startupAction the action
		 * @return this builder
		 */
		public Builder startupAction(StartupAction startupAction) {
			this.startupAction = Objects.requireNonNull(startupAction, "startupAction");
			return this;
		}

		/**
		 * Sets whether scripts edited after they ran fail validation and upgrades.
		 * @param validateChecksums whether to compare checksums
		 * @return this builder
		 */
		public Builder validateChecksums(boolean validateChecksums) {
			this.validateChecksums = validateChecksums;
			return this;
		}

		/**
		 * Adds a listener that hears about each step of every run.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder listener(MigrationListener listener) {
			this.listeners.add(Objects.requireNonNull(listener, "listener"));
			return this;
		}

		/**
		 * Builds the migration. Nothing touches the database or reads a script yet.
		 * @return the migration
		 */
		public Migrate build() {
			return new Migrate(this);
		}

	}

}
