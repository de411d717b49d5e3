package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.SqlRevisionScript;
import dev.migrate.script.SqlStatement;

/**
 * One run of a plan on one connection, under the lock: its transactions, the version rows it
 * has committed, and the steps it made.
 */
final class MigrationRun {

	private final Connection connection;

	private final Dialect dialect;

	private final ScriptDirectory scripts;

	private final VersionTable versionTable;

	private final HistoryTable historyTable;

	private final MigrationListener listener;

	private final TransactionMode mode;

	private final Transactions transactions;

	private final String installedBy;

	private final List<AppliedStep> applied = new ArrayList<>();

	/** The version rows as this connection sees them. */
	private Set<String> rowsNow = Set.of();

	/** The version rows as they are once the open unit, if any, is rolled back. */
	private Set<String> rowsCommitted = Set.of();

	/** Whether a no-transaction revision's statements are running outside the run's transactions. */
	private boolean paused;

	/** The statement running, while a step runs its script. */
	private @Nullable SqlStatement statement;

	private int statementIndex;

	/** What the step does besides running statements, for messages. */
	private String activity = "";

	MigrationRun(Connection connection, MigrationLock lock, Dialect dialect, ScriptDirectory scripts,
			MigrationOptions options, MigrationListener listener, String installedBy) {
		this.connection = connection;
		this.dialect = dialect;
		this.scripts = scripts;
		this.versionTable = new VersionTable(dialect, options.versionTable());
		this.historyTable = new HistoryTable(dialect, options.historyTable());
		this.listener = listener;
		// where DDL commits at once, one transaction for the whole run would leave the version
		// table behind the schema after a failure
		this.mode = (options.transactionMode() == TransactionMode.ALL && !dialect.transactionalDdl())
				? TransactionMode.PER_MIGRATION : options.transactionMode();
		this.transactions = lock.isTransaction() ? new SavepointTransactions(connection, lock)
				: new JdbcTransactions(connection, this.mode != TransactionMode.NONE);
		this.installedBy = installedBy;
	}

	/**
	 * Runs a plan that is not empty.
	 * @param plan the plan
	 * @param storedRows the rows the version table holds
	 * @param versionTableExists whether the version table exists
	 * @return what the run did
	 */
	MigrationResult execute(MigrationPlan plan, Set<String> storedRows, boolean versionTableExists) {
		// every script is read and split before anything runs, so that a malformed or
		// irreversible script stops the run before its first statement
		List<Work> work = prepare(plan);
		if (!versionTableExists) {
			this.versionTable.create(this.connection);
		}
		this.historyTable.createIfMissing(this.connection);
		this.rowsNow = storedRows;
		this.rowsCommitted = storedRows;
		try (Statement sql = this.connection.createStatement();
				VersionTable.Writer versions = this.versionTable.writer(this.connection);
				HistoryTable.Writer history = this.historyTable.writer(this.connection)) {
			runSteps(plan, work, sql, versions, history);
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Migration on " + this.versionTable + " failed", ex);
		}
		return new MigrationResult(storedRows, this.rowsCommitted, this.applied);
	}

	private void runSteps(MigrationPlan plan, List<Work> work, Statement sql, VersionTable.Writer versions,
			HistoryTable.Writer history) throws SQLException {
		this.transactions.start();
		@Nullable Throwable failure = null;
		try {
			if (this.mode == TransactionMode.ALL) {
				this.transactions.begin();
			}
			if (plan.purge()) {
				purge(versions);
			}
			for (Work each : work) {
				step(each, sql, versions, history);
			}
			if (this.mode == TransactionMode.ALL) {
				this.transactions.commit();
				this.rowsCommitted = this.rowsNow;
			}
		}
		catch (SQLException | RuntimeException ex) {
			failure = ex;
			throw ex;
		}
		finally {
			try {
				this.transactions.finish();
			}
			catch (SQLException ex) {
				if (failure == null) {
					throw ex;
				}
				failure.addSuppressed(ex);
			}
		}
	}

	private void purge(VersionTable.Writer versions) throws SQLException {
		if (this.mode == TransactionMode.PER_MIGRATION) {
			this.transactions.begin();
		}
		try {
			versions.purge();
		}
		catch (SQLException ex) {
			if (this.mode != TransactionMode.NONE) {
				rollbackQuietly(ex);
			}
			throw new DatabaseAccessException("Could not delete the rows of " + this.versionTable, ex);
		}
		this.rowsNow = Set.of();
		if (this.mode == TransactionMode.PER_MIGRATION) {
			this.transactions.commit();
		}
		if (this.mode != TransactionMode.ALL) {
			this.rowsCommitted = this.rowsNow;
		}
	}

	private void step(Work work, Statement sql, VersionTable.Writer versions, HistoryTable.Writer history) {
		MigrationStep step = work.planned().step();
		boolean ownUnit = this.mode == TransactionMode.PER_MIGRATION;
		Instant startedAt = Instant.now();
		long started = System.nanoTime();
		this.activity = "";
		try {
			this.listener.stepStarting(step);
			if (work.transactional()) {
				if (ownUnit) {
					this.transactions.begin();
				}
				runStatements(work, sql);
			}
			else {
				if (this.mode == TransactionMode.ALL) {
					this.transactions.commit();
					this.rowsCommitted = this.rowsNow;
				}
				// an open prepared statement makes SQLite refuse VACUUM
				versions.close();
				history.close();
				this.transactions.pause();
				this.paused = true;
				runStatements(work, sql);
				this.activity = "while returning to a transaction";
				this.transactions.resume();
				this.paused = false;
				if (this.mode != TransactionMode.NONE) {
					this.transactions.begin();
				}
			}
			this.activity = "while changing " + this.versionTable;
			versions.apply(work.planned().rowChanges());
			this.rowsNow = work.planned().rowsAfter();
			Duration duration = Duration.ofNanos(System.nanoTime() - started);
			this.activity = "while writing to " + this.historyTable;
			history.append(record(work, startedAt, duration, Optional.empty()));
			this.activity = "while committing";
			if (ownUnit) {
				this.transactions.commit();
			}
			if (this.mode != TransactionMode.ALL) {
				this.rowsCommitted = this.rowsNow;
			}
			this.applied.add(new AppliedStep(step, startedAt, duration));
			this.listener.stepCompleted(step, duration);
		}
		catch (SQLException | RuntimeException ex) {
			throw fail(work, ex, startedAt, Duration.ofNanos(System.nanoTime() - started), history);
		}
	}

	private void runStatements(Work work, Statement sql) throws SQLException {
		List<SqlStatement> statements = work.statements();
		for (int i = 0; i < statements.size(); i++) {
			SqlStatement each = statements.get(i);
			this.statement = each;
			this.statementIndex = i;
			sql.execute(each.sql());
		}
		this.statement = null;
	}

	private MigrationFailedException fail(Work work, Exception cause, Instant startedAt, Duration duration,
			HistoryTable.Writer history) {
		MigrationStep step = work.planned().step();
		List<Exception> problems = new ArrayList<>();
		boolean rolledBack = false;
		if (!this.paused && this.mode != TransactionMode.NONE) {
			try {
				this.transactions.rollback();
				this.rowsNow = this.rowsCommitted;
				rolledBack = true;
			}
			catch (SQLException | RuntimeException ex) {
				problems.add(ex);
			}
		}
		Optional<SqlStatement> failed = Optional.ofNullable(this.statement);
		String message = FailureMessage.of(this.dialect, work, cause, failed, this.statementIndex, this.activity,
				outcome(work, failed, rolledBack), this.rowsNow);
		try {
			history.append(record(work, startedAt, duration, Optional.of(message)));
			this.transactions.commitLoose();
		}
		catch (SQLException | RuntimeException ex) {
			problems.add(ex);
		}
		MigrationFailedException failure = new MigrationFailedException(message, cause, step, work.origin(), failed,
				this.rowsNow);
		problems.forEach(failure::addSuppressed);
		try {
			this.listener.stepFailed(step, duration, failure);
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
		return failure;
	}

	/**
	 * Says what a failure left behind, besides the version table.
	 */
	private String outcome(Work work, Optional<SqlStatement> failed, boolean rolledBack) {
		boolean statementsBefore = failed.isEmpty() ? !work.statements().isEmpty() : this.statementIndex > 0;
		if (this.paused) {
			return statementsBefore ? "The revision runs outside a transaction (-- migrate:no-transaction): the"
					+ " statements before the failed one stay applied; check the database before running again." : "";
		}
		if (!rolledBack) {
			return statementsBefore ? "Transaction mode none: the statements before the failed one stay applied;"
					+ " check the database before running again." : "";
		}
		String rollback = (this.mode == TransactionMode.ALL) ? "The run's transaction was rolled back."
				: "The revision's transaction was rolled back.";
		if (!this.dialect.transactionalDdl() && statementsBefore) {
			return rollback + " " + this.dialect.displayName() + " commits DDL statements as they run, so DDL before the"
					+ " failed statement may stay applied; check the database before running again.";
		}
		return rollback;
	}

	private HistoryRecord record(Work work, Instant startedAt, Duration duration, Optional<String> error) {
		MigrationStep step = work.planned().step();
		String message = step.revision().isPresent() ? step.message() : Steps.movement(step);
		return new HistoryRecord(Steps.revisionOf(step), step.direction(), message, work.checksum(), this.installedBy,
				startedAt, duration, error);
	}

	private void rollbackQuietly(Exception failure) {
		try {
			this.transactions.rollback();
		}
		catch (SQLException | RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

	private List<Work> prepare(MigrationPlan plan) {
		List<Work> work = new ArrayList<>(plan.steps().size());
		for (PlannedStep planned : plan.steps()) {
			MigrationStep step = planned.step();
			if (step.revision().isEmpty()) {
				work.add(new Work(planned, "", List.of(), true, Optional.empty()));
				continue;
			}
			MigrationScript script = this.scripts.script(step.revision().get().id());
			if (!(script instanceof SqlRevisionScript sqlScript)) {
				throw new MigrateException("Revision " + script.revision().describe() + " is not an SQL script;"
						+ " this runner runs SQL revisions only");
			}
			List<SqlStatement> statements = (step.direction() == StepDirection.UPGRADE)
					? sqlScript.upgradeStatements(this.dialect.sqlSyntax())
					: sqlScript.downgradeStatements(this.dialect.sqlSyntax());
			work.add(new Work(planned, script.origin(), statements, script.transactional(),
					Optional.of(script.checksum())));
		}
		return work;
	}

	/**
	 * A step ready to run: its statements read and split.
	 *
	 * @param planned the step and its version-row changes
	 * @param origin the script, empty for a stamp
	 * @param statements the statements to run, empty for a stamp
	 * @param transactional whether they run inside the run's transactions
	 * @param checksum the script's checksum, empty for a stamp
	 */
	record Work(PlannedStep planned, String origin, List<SqlStatement> statements, boolean transactional,
			Optional<String> checksum) {
	}

}
