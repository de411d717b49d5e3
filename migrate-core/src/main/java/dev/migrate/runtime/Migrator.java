package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.LockRequest;
import dev.migrate.script.ScriptDirectory;

/**
 * Runs migrations on a database: takes the lock, reads the version table once, plans from what
 * it holds, and runs each step's statements, version-table change and history row on one
 * connection, in the transactions {@link MigrationOptions#transactionMode()} asks for.
 *
 * <pre class="code">
 * MigrationPlanner planner = MigrationPlanner.of(scripts);
 * Migrator migrator = new Migrator(dataSource, Dialects.forName("postgresql"), scripts, MigrationOptions.defaults());
 * migrator.run((rows) -&gt; planner.upgrade(rows, "head"), MigrationListener.progress(System.err::println));
 * </pre>
 *
 * <p>When the plan is empty the run returns having read the version table only: no script body
 * is read. Otherwise every script of the plan is read and split before the first statement runs.
 * A failing step is rolled back as far as the database allows, recorded in the history table,
 * and reported by a {@link MigrationFailedException}. Holds no state between runs; safe to share.
 */
public final class Migrator {

	private final DataSource dataSource;

	private final Dialect dialect;

	private final ScriptDirectory scripts;

	private final MigrationOptions options;

	private final VersionTable versionTable;

	private final HistoryTable historyTable;

	/**
	 * Creates a migrator.
	 * @param dataSource where connections come from; a run uses one connection (two on H2, whose
	 * lock needs its own)
	 * @param dialect the database's dialect
	 * @param scripts the revision scripts
	 * @param options the transaction mode, table names, lock timeout and user
	 */
	public Migrator(DataSource dataSource, Dialect dialect, ScriptDirectory scripts, MigrationOptions options) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.dialect = Objects.requireNonNull(dialect, "dialect");
		this.scripts = Objects.requireNonNull(scripts, "scripts");
		this.options = Objects.requireNonNull(options, "options");
		this.versionTable = new VersionTable(dialect, options.versionTable());
		this.historyTable = new HistoryTable(dialect, options.historyTable());
	}

	/**
	 * Runs a plan made from the version rows read under the lock, so that concurrent runners
	 * each see what the others did. Where the lock lets others read (all but SQLite), the rows
	 * are read once before taking it: when they already give an empty plan (the database is at
	 * the target, as at most of an application's starts), the run ends there without locking.
	 * @param planning makes the plan from the rows of the version table, in table order (empty
	 * when the table does not exist); for example {@code (rows) -> planner.upgrade(rows, "head")}
	 * @param listener hears about each step
	 * @return what the run did
	 * @throws LockTimeoutException if another run kept the lock for the whole lock timeout
	 * @throws MigrationFailedException if a step fails
	 * @throws DatabaseAccessException if the database fails outside a step
	 * @throws dev.migrate.MigrateException whatever planning throws (such as
	 * {@link UnknownVersionException}), and the errors of scripts that cannot be read, parsed or
	 * downgraded, all before anything runs
	 */
	public MigrationResult run(Function<Set<String>, MigrationPlan> planning, MigrationListener listener) {
		Objects.requireNonNull(planning, "planning");
		Objects.requireNonNull(listener, "listener");
		try (Connection connection = connect()) {
			boolean autoCommit = connection.getAutoCommit();
			if (!autoCommit) {
				connection.setAutoCommit(true);
			}
			try {
				return runOn(connection, planning, listener);
			}
			finally {
				restoreAutoCommit(connection, autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not prepare the connection to run migrations on "
					+ this.versionTable, ex);
		}
	}

	private Connection connect() {
		try {
			return this.dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not connect to the database", ex);
		}
	}

	private MigrationResult runOn(Connection connection, Function<Set<String>, MigrationPlan> planning,
			MigrationListener listener) {
		// a database already at the target needs no lock: waiting for one would only order this
		// run after another, which may change the rows just as well after it
		@Nullable Set<String> seen = null;
		@Nullable MigrationPlan planSeen = null;
		if (!this.dialect.lockStrategy().blocksReaders()) {
			seen = this.versionTable.readIfExists(connection).orElse(Set.of());
			planSeen = planning.apply(seen);
			if (planSeen.isEmpty()) {
				return new MigrationResult(seen, seen, List.of());
			}
		}
		MigrationLock lock = MigrationLock.acquire(this.dialect,
				new LockRequest(connection, this.dataSource, this.options.versionTable(), this.options.lockTimeout()));
		@Nullable RuntimeException failure = null;
		try {
			Optional<Set<String>> stored = this.versionTable.readIfExists(connection);
			Set<String> rows = stored.orElse(Set.of());
			// a plan is made from the rows alone, in their order: unless another run changed them
			// meanwhile, the one made before locking stands
			MigrationPlan plan = (planSeen != null && seen != null && List.copyOf(rows).equals(List.copyOf(seen)))
					? planSeen : planning.apply(rows);
			if (plan.isEmpty()) {
				return new MigrationResult(rows, rows, List.of());
			}
			MigrationRun run = new MigrationRun(connection, lock, this.dialect, this.scripts, this.options, listener,
					installedBy(connection));
			return run.execute(plan, rows, stored.isPresent());
		}
		catch (RuntimeException ex) {
			failure = ex;
			throw ex;
		}
		finally {
			try {
				lock.release();
			}
			catch (RuntimeException ex) {
				if (failure == null) {
					throw ex;
				}
				failure.addSuppressed(ex);
			}
		}
	}

	/**
	 * Reads the version table, without taking the lock, as {@code current} does.
	 * @return the revisions it holds, in table order; empty when it does not exist
	 * @throws DatabaseAccessException if the database fails
	 */
	public Set<String> currentRevisions() {
		try (Connection connection = connect()) {
			return this.versionTable.read(connection);
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not close the connection that read " + this.versionTable, ex);
		}
	}

	/**
	 * Reads the latest rows of the history table, newest first.
	 * @param limit how many rows to read at most
	 * @return the rows; empty when the table does not exist
	 * @throws DatabaseAccessException if the database fails
	 */
	public List<HistoryEntry> recentHistory(int limit) {
		try (Connection connection = connect()) {
			return this.historyTable.recent(connection, limit);
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not close the connection that read " + this.historyTable, ex);
		}
	}

	private String installedBy(Connection connection) {
		if (this.options.installedBy().isPresent()) {
			return this.options.installedBy().get();
		}
		try {
			String user = connection.getMetaData().getUserName();
			if (user != null && !user.isBlank()) {
				return user;
			}
		}
		catch (SQLException ex) {
			// the operating-system user names the run as well
		}
		return System.getProperty("user.name", "unknown");
	}

	private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
		try {
			if (!connection.isClosed() && connection.getAutoCommit() != autoCommit) {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			// the connection is closed next; a pool resets it
		}
	}

}
