package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.OperationRenderer;
import dev.migrate.dialect.SqlCommand;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationDescriptions;
import dev.migrate.script.JavaRevisionScript;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.SqlRevisionScript;
import dev.migrate.script.SqlStatement;

/**
 * One run of a plan on one connection, under the lock: its transactions, the version rows it
 * has committed, and the steps it made.
 *
 * <p>An SQL revision runs its script's statements. A Java revision's operations are recorded
 * before anything runs; each is rendered by the run's one {@link OperationRenderer} just before
 * it runs (so a renderer that reads the catalog sees what earlier operations did), and
 * {@link Operation.RunJdbc} work runs with the run's connection.
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

	/** Where the running step is in its statements or operations, while it runs them. */
	private @Nullable Position position;

	/** Renders the operations of Java revisions; made by {@link #prepare} when the plan has one. */
	private @Nullable OperationRenderer renderer;

	/** What the step does besides running statements, for messages. */
	private String activity = "";

	/** The run's last step, whose commit makes the run durable. */
	private @Nullable Work finalWork;

	/** Runs SQL steps in one round trip each, where the database allows it. */
	private final Optional<AtomicSteps> atomicSteps;

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
		this.atomicSteps = (this.mode == TransactionMode.PER_MIGRATION && !lock.isTransaction())
				? dialect.atomicBatch().map((batch) -> new AtomicSteps(batch, this.versionTable, this.historyTable))
				: Optional.empty();
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
		this.finalWork = work.isEmpty() ? null : work.get(work.size() - 1);
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
				if (this.atomicSteps.isPresent()) {
					this.atomicSteps.get().waitForDisk(this.connection);
				}
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
			if (runAtomically(work, startedAt)) {
				this.rowsNow = work.planned().rowsAfter();
				this.rowsCommitted = this.rowsNow;
				completed(step, startedAt, Duration.ofNanos(System.nanoTime() - started));
				return;
			}
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
			completed(step, startedAt, duration);
		}
		catch (SQLException | RuntimeException ex) {
			throw fail(work, ex, startedAt, Duration.ofNanos(System.nanoTime() - started), history);
		}
	}

	private void completed(MigrationStep step, Instant startedAt, Duration duration) {
		this.applied.add(new AppliedStep(step, startedAt, duration));
		this.listener.stepCompleted(step, duration);
	}

	/**
	 * Makes a transactional SQL step in one round trip where the database allows it.
	 * @return whether the step was committed; when not, nothing of it was, and it is to be made
	 * the usual way
	 */
	private boolean runAtomically(Work work, Instant startedAt) throws SQLException {
		if (this.atomicSteps.isEmpty()) {
			return false;
		}
		AtomicSteps steps = this.atomicSteps.get();
		this.activity = "while sending the revision as one batch";
		this.transactions.pause();
		try {
			if (!work.transactional() || !(work.body() instanceof SqlBody body)
					|| !AtomicSteps.fits(body.statements())) {
				// committed the usual way, the step's commit is to wait for the disk, and so make
				// the batches before it durable
				steps.waitForDisk(this.connection);
				return false;
			}
			return steps.run(this.connection, body.statements(), work.planned().rowChanges(),
					record(work, startedAt, Duration.ZERO, Optional.empty()), work == this.finalWork);
		}
		finally {
			this.transactions.resume();
			this.activity = "";
		}
	}

	private void runStatements(Work work, Statement sql) throws SQLException {
		if (work.body() instanceof JavaBody java) {
			runOperations(java.operations(), sql);
			return;
		}
		List<SqlStatement> statements = ((SqlBody) work.body()).statements();
		for (int i = 0; i < statements.size(); i++) {
			SqlStatement each = statements.get(i);
			this.position = Position.statement(each, i, statements.size());
			sql.execute(each.sql());
		}
		this.position = null;
	}

	private void runOperations(List<Operation> operations, Statement sql) throws SQLException {
		for (int i = 0; i < operations.size(); i++) {
			Operation operation = operations.get(i);
			this.position = Position.operation(operation, i, operations.size(), Optional.empty(), i > 0);
			if (operation instanceof Operation.RunJdbc run) {
				run.work().run(this.connection);
				continue;
			}
			List<SqlCommand> commands = renderer().render(operation);
			for (int c = 0; c < commands.size(); c++) {
				SqlCommand command = commands.get(c);
				this.position = Position.operation(operation, i, operations.size(), Optional.of(command.sql()),
						i > 0 || c > 0);
				execute(command, sql);
			}
		}
		this.position = null;
	}

	/**
	 * Runs a rendered statement: as it is, or prepared with its parameters, several rows of them
	 * as one batch.
	 */
	private void execute(SqlCommand command, Statement sql) throws SQLException {
		if (!command.parameterized()) {
			sql.execute(command.sql());
			return;
		}
		try (PreparedStatement prepared = this.connection.prepareStatement(command.sql())) {
			List<List<@Nullable Object>> rows = command.parameterRows();
			if (rows.size() == 1) {
				bind(prepared, rows.get(0));
				prepared.execute();
				return;
			}
			for (List<@Nullable Object> row : rows) {
				bind(prepared, row);
				prepared.addBatch();
			}
			prepared.executeBatch();
		}
	}

	/**
	 * Binds a row of parameters as the dialect binds them, so that the database stores what the
	 * row's literals would store offline.
	 */
	private void bind(PreparedStatement prepared, List<@Nullable Object> row) throws SQLException {
		for (int i = 0; i < row.size(); i++) {
			this.dialect.setParameter(prepared, i + 1, row.get(i));
		}
	}

	private OperationRenderer renderer() {
		return Objects.requireNonNull(this.renderer, "renderer made by prepare");
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
		Optional<Position> failed = Optional.ofNullable(this.position);
		String message = FailureMessage.of(this.dialect, work, cause, failed, this.activity,
				outcome(work, failed, rolledBack), this.rowsNow);
		try {
			history.append(record(work, startedAt, duration, Optional.of(message)));
			this.transactions.commitLoose();
		}
		catch (SQLException | RuntimeException ex) {
			problems.add(ex);
		}
		MigrationFailedException failure = new MigrationFailedException(message, cause, step, work.origin(),
				failed.flatMap(Position::statement), failed.flatMap(Position::operation), this.rowsNow);
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
	private String outcome(Work work, Optional<Position> failed, boolean rolledBack) {
		boolean statementsBefore = failed.isEmpty() ? !work.body().isEmpty() : failed.get().workBefore();
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
				work.add(new Work(planned, "", new SqlBody(List.of()), true, Optional.empty()));
				continue;
			}
			MigrationScript script = this.scripts.script(step.revision().get().id());
			boolean upgrade = step.direction() == StepDirection.UPGRADE;
			Body body;
			if (script instanceof SqlRevisionScript sqlScript) {
				body = new SqlBody(upgrade ? sqlScript.upgradeStatements(this.dialect.sqlSyntax())
						: sqlScript.downgradeStatements(this.dialect.sqlSyntax()));
			}
			else if (script instanceof JavaRevisionScript javaScript) {
				body = new JavaBody(upgrade ? javaScript.upgradeOperations() : javaScript.downgradeOperations());
			}
			else {
				throw new MigrateException("Revision " + script.revision().describe() + " is a "
						+ script.getClass().getSimpleName() + ", which this runner cannot run");
			}
			if (body instanceof JavaBody && this.renderer == null) {
				this.renderer = renderer(script);
			}
			work.add(new Work(planned, script.origin(), body, script.transactional(), Optional.of(script.checksum())));
		}
		return work;
	}

	/**
	 * Makes the run's renderer, when the first Java revision of the plan is prepared, so that a
	 * database without one fails the run before anything runs.
	 */
	private OperationRenderer renderer(MigrationScript script) {
		try {
			return this.dialect.operationRenderer(Optional.of(this.connection));
		}
		catch (UnsupportedOperationException ex) {
			throw new MigrateException("Revision " + script.revision().describe() + " is a Java revision, whose"
					+ " operations cannot be run on " + this.dialect.displayName() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A step ready to run: its statements read and split, or its operations recorded.
	 *
	 * @param planned the step and its version-row changes
	 * @param origin the script, empty for a stamp
	 * @param body what the step runs, empty for a stamp
	 * @param transactional whether it runs inside the run's transactions
	 * @param checksum the script's checksum, empty for a stamp
	 */
	record Work(PlannedStep planned, String origin, Body body, boolean transactional, Optional<String> checksum) {
	}

	/**
	 * What a step runs.
	 */
	sealed interface Body permits SqlBody, JavaBody {

		/**
		 * Tells whether the step runs nothing.
		 */
		boolean isEmpty();

	}

	/**
	 * The statements of an SQL revision's section.
	 *
	 * @param statements the statements, in order
	 */
	record SqlBody(List<SqlStatement> statements) implements Body {

		@Override
		public boolean isEmpty() {
			return this.statements.isEmpty();
		}

	}

	/**
	 * The operations a Java revision's method recorded.
	 *
	 * @param operations the operations, in order
	 */
	record JavaBody(List<Operation> operations) implements Body {

		@Override
		public boolean isEmpty() {
			return this.operations.isEmpty();
		}

	}

	/**
	 * Where a running step is, for the message of its failure.
	 *
	 * @param description for example {@code at line 12 (statement 3 of 5): INSERT ...}
	 * @param workBefore whether statements ran before this point in the step
	 * @param statement the SQL revision's statement running
	 * @param operation the Java revision's operation running
	 */
	record Position(int index, int count, boolean workBefore, Optional<SqlStatement> statement,
			Optional<Operation> operation, Optional<String> sql) {

		static Position statement(SqlStatement statement, int index, int count) {
			return new Position(index, count, index > 0, Optional.of(statement), Optional.empty(), Optional.empty());
		}

		static Position operation(Operation operation, int index, int count, Optional<String> sql, boolean workBefore) {
			return new Position(index, count, workBefore, Optional.empty(), Optional.of(operation), sql);
		}

		/**
		 * Says where the step failed, for its message; written only then, since a run passes
		 * through a position for every statement.
		 */
		String description() {
			if (this.statement.isPresent()) {
				SqlStatement failed = this.statement.get();
				return "at line " + failed.line() + " (statement " + (this.index + 1) + " of " + this.count + "): "
						+ DatabaseMessages.statement(failed.sql());
			}
			return "at operation " + (this.index + 1) + " of " + this.count + " ("
					+ this.operation.map(OperationDescriptions::describe).orElse("") + ")"
					+ this.sql.map((text) -> ": " + DatabaseMessages.statement(text)).orElse("");
		}

	}

}
