package dev.migrate.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.OfflineStatements;
import dev.migrate.dialect.OperationRenderer;
import dev.migrate.dialect.SqlCommand;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationDescriptions;
import dev.migrate.script.JavaRevisionScript;
import dev.migrate.script.MigrationScript;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.SqlRevisionScript;
import dev.migrate.script.SqlStatement;
import dev.migrate.script.SqlStatementSplitter;

/**
 * Writes a plan as the SQL script of an offline ({@code --sql}) run, for a DBA to review and
 * run: what an online run would execute, in the same order, as Alembic's offline mode writes it.
 *
 * <ul>
 * <li>The version table's {@code CREATE TABLE} before the first step when the run starts with
 * no version row (an offline run from base);</li>
 * <li>for each step a comment {@code -- Running upgrade 3512b954651e -> 1975ea83b712}, the
 * revision's statements, each ended by the dialect's delimiter, and the version-table changes as
 * {@code INSERT}, {@code UPDATE} and {@code DELETE} statements with literal values;</li>
 * <li>transactions where the database's DDL takes part in them (PostgreSQL, SQLite):
 * {@code BEGIN}/{@code COMMIT} around each revision in mode {@code per-migration}, around the
 * whole script in mode {@code all}, none in mode {@code none}. A
 * {@code -- migrate:no-transaction} revision's statements stand outside any transaction; its
 * version-table change commits on its own. Where DDL commits by itself (MariaDB, MySQL, H2) the
 * script has no transaction statements, as in Alembic;</li>
 * <li>on MariaDB and MySQL, a statement that holds the delimiter itself (a trigger or procedure
 * body, written in its script inside a {@code DELIMITER} block) between {@code DELIMITER} lines,
 * as the {@code mysql} client reads them.</li>
 * </ul>
 *
 * <p>The script does not write the history table: that table records the runs migrate made
 * itself, with their user, timing and outcome, which a script run by other means cannot know. A
 * downgrade that reaches base leaves the (empty) version table in place, as today's Alembic does.
 *
 * <p>A Java revision's operations are rendered by the dialect's offline renderer, one renderer
 * for the whole script (an SQLite renderer remembers the tables earlier operations created, to
 * rebuild them), and the values of parameters are written as literals. A revision whose method
 * runs Java code with the connection ({@link Operation.RunJdbc}) has no offline form: writing
 * it fails, naming the revision and its class.
 *
 * <p>Every script of the plan is read and split (every Java revision recorded and rendered)
 * before anything is written, so a malformed or irreversible script fails the call without a
 * partial script. Holds no state between calls.
 */
public final class OfflineSqlWriter {

	/** Delimiters for statements that hold the usual one, in the order they are tried. */
	private static final List<String> CUSTOM_DELIMITERS = List.of("$$", "//", ";;", "$$$$", "@@");

	private final Dialect dialect;

	private final ScriptDirectory scripts;

	private final TransactionMode mode;

	private final VersionTable versionTable;

	/**
	 * Creates a writer.
	 * @param dialect the database the script is for
	 * @param scripts the revision scripts
	 * @param options the transaction mode and the version table's name (the other options apply to
	 * online runs only)
	 */
	public OfflineSqlWriter(Dialect dialect, ScriptDirectory scripts, MigrationOptions options) {
		this.dialect = Objects.requireNonNull(dialect, "dialect");
		this.scripts = Objects.requireNonNull(scripts, "scripts");
		this.mode = options.transactionMode();
		this.versionTable = new VersionTable(dialect, options.versionTable());
	}

	/**
	 * Writes the script of a plan.
	 * @param plan the plan, as {@link MigrationPlanner#offlineUpgrade(String)},
	 * {@link MigrationPlanner#offlineDowngrade(String)} or {@link MigrationPlanner#offlineStamp(List)}
	 * make it; a purging plan cannot be written
	 * @return the script: each statement or comment followed by a blank line; empty for an empty
	 * plan
	 * @throws IllegalArgumentException for a purging plan
	 * @throws dev.migrate.script.IrreversibleRevisionException if a revision to downgrade has no
	 * downgrade section
	 * @throws MigrateException if a script cannot be read or split
	 */
	public String write(MigrationPlan plan) {
		if (plan.purge()) {
			throw new IllegalArgumentException("A purging stamp has no offline form");
		}
		List<Statements> steps = prepare(plan);
		Output output = new Output();
		boolean versionTableExists = !plan.rowsBefore().isEmpty();
		Set<String> rows = plan.rowsBefore();
		for (int i = 0; i < steps.size(); i++) {
			PlannedStep planned = plan.steps().get(i);
			List<String> opening = new ArrayList<>();
			if (rows.isEmpty() && !versionTableExists) {
				opening.add(terminated(this.versionTable.createSql()));
				versionTableExists = true;
			}
			opening.add("-- " + planned.step().shortLogLine());
			opening.addAll(steps.get(i).chunks());
			List<String> versionChanges = planned.rowChanges().stream()
				.map((change) -> terminated(this.versionTable.changeSql(change)))
				.toList();
			if (steps.get(i).transactional()) {
				opening.addAll(versionChanges);
				output.inTransaction(opening);
			}
			else {
				output.outsideTransactions(opening);
				output.inTransaction(versionChanges);
			}
			rows = planned.rowsAfter();
		}
		return output.finish();
	}

	/**
	 * Reads and splits every script of the plan, and records and renders every Java revision,
	 * turning their statements into script text.
	 */
	private List<Statements> prepare(MigrationPlan plan) {
		List<Statements> prepared = new ArrayList<>(plan.steps().size());
		JavaRendering java = new JavaRendering();
		for (PlannedStep planned : plan.steps()) {
			MigrationStep step = planned.step();
			if (step.revision().isEmpty()) {
				prepared.add(new Statements(List.of(), true));
				continue;
			}
			MigrationScript script = this.scripts.script(step.revision().get().id());
			boolean upgrade = step.direction() == StepDirection.UPGRADE;
			List<String> chunks = new ArrayList<>();
			if (script instanceof SqlRevisionScript sqlScript) {
				List<SqlStatement> statements = upgrade ? sqlScript.upgradeStatements(this.dialect.sqlSyntax())
						: sqlScript.downgradeStatements(this.dialect.sqlSyntax());
				for (SqlStatement statement : statements) {
					addStatement(chunks, statement.sql(), script.origin());
				}
			}
			else if (script instanceof JavaRevisionScript javaScript) {
				List<Operation> operations = upgrade ? javaScript.upgradeOperations() : javaScript.downgradeOperations();
				for (String statement : java.statements(javaScript, upgrade, operations)) {
					addStatement(chunks, statement, script.origin());
				}
			}
			else {
				throw new MigrateException("Revision " + script.revision().describe() + " is a "
						+ script.getClass().getSimpleName() + ", which has no offline form");
			}
			prepared.add(new Statements(chunks, script.transactional()));
		}
		return prepared;
	}

	private void addStatement(List<String> chunks, String sql, String origin) {
		if (this.dialect.clientReadsDelimiterCommand() && holdsDelimiter(sql, origin)) {
			String delimiter = CUSTOM_DELIMITERS.stream()
				.filter((candidate) -> !sql.contains(candidate))
				.findFirst()
				.orElseThrow(() -> new MigrateException("Cannot write a statement of " + origin
						+ " offline: it contains every delimiter migrate would put around it (" + CUSTOM_DELIMITERS + ")"));
			chunks.add("DELIMITER " + delimiter);
			chunks.add(sql + delimiter);
			chunks.add("DELIMITER " + this.dialect.statementDelimiter());
		}
		else {
			chunks.add(terminated(sql));
		}
	}

	/**
	 * Tells whether a statement, once terminated, would be read as several statements.
	 */
	private boolean holdsDelimiter(String sql, String origin) {
		return new SqlStatementSplitter(this.dialect.sqlSyntax()).split(terminated(sql), origin).size() != 1;
	}

	private String terminated(String sql) {
		return sql + this.dialect.statementDelimiter();
	}

	/**
	 * Renders the operations of the plan's Java revisions with one renderer, made for the first
	 * of them.
	 */
	private final class JavaRendering {

		private final OfflineStatements inliner = new OfflineStatements(OfflineSqlWriter.this.dialect);

		private @Nullable OperationRenderer renderer;

		/**
		 * Returns the statements of a revision's operations, with literals for parameters.
		 */
		List<String> statements(JavaRevisionScript script, boolean upgrade, List<Operation> operations) {
			List<String> statements = new ArrayList<>();
			for (int i = 0; i < operations.size(); i++) {
				Operation operation = operations.get(i);
				String where = "its " + (upgrade ? "upgrade" : "downgrade") + "'s operation " + (i + 1) + " of "
						+ operations.size() + " (" + OperationDescriptions.describe(operation) + ")";
				if (operation instanceof Operation.RunJdbc) {
					throw new MigrateException("Revision " + script.revision().describe() + " cannot be written as SQL: "
							+ where + " runs Java code with the connection, which only an online run can do; run"
							+ " this revision online, or move the SQL it needs into execute(...) operations");
				}
				try {
					for (SqlCommand command : renderer(script).render(operation)) {
						statements.addAll(this.inliner.statements(command));
					}
				}
				catch (UnsupportedOperationException | IllegalArgumentException ex) {
					throw new MigrateException("Revision " + script.revision().describe() + " cannot be written as SQL for "
							+ OfflineSqlWriter.this.dialect.displayName() + ": " + where + ": " + ex.getMessage(), ex);
				}
			}
			return statements;
		}

		private OperationRenderer renderer(JavaRevisionScript script) {
			OperationRenderer current = this.renderer;
			if (current == null) {
				try {
					current = OfflineSqlWriter.this.dialect.operationRenderer(Optional.empty());
				}
				catch (UnsupportedOperationException ex) {
					throw new MigrateException("Revision " + script.revision().describe() + " is a Java revision, whose"
							+ " operations cannot be written as SQL for " + OfflineSqlWriter.this.dialect.displayName()
							+ ": " + ex.getMessage(), ex);
				}
				this.renderer = current;
			}
			return current;
		}

	}

	/**
	 * The text of one step's statements, ready to write.
	 *
	 * @param chunks each statement with its delimiter, and any {@code DELIMITER} lines
	 * @param transactional whether they run inside the run's transactions
	 */
	private record Statements(List<String> chunks, boolean transactional) {
	}

	/**
	 * The script being written, with the transaction it has open.
	 */
	private final class Output {

		private final StringBuilder text = new StringBuilder();

		private final boolean transactions = OfflineSqlWriter.this.dialect.transactionalDdl()
				&& OfflineSqlWriter.this.mode != TransactionMode.NONE;

		private boolean open;

		/**
		 * Writes chunks that belong in a transaction: in a transaction of their own in mode
		 * {@code per-migration}, in the one transaction of mode {@code all}.
		 */
		void inTransaction(List<String> chunks) {
			if (chunks.isEmpty()) {
				return;
			}
			if (this.transactions && !this.open) {
				append(terminated(OfflineSqlWriter.this.dialect.beginTransaction()));
				this.open = true;
			}
			chunks.forEach(this::append);
			if (OfflineSqlWriter.this.mode == TransactionMode.PER_MIGRATION) {
				commit();
			}
		}

		/**
		 * Writes chunks that must run outside any transaction, committing the open one first.
		 */
		void outsideTransactions(List<String> chunks) {
			commit();
			chunks.forEach(this::append);
		}

		String finish() {
			commit();
			return this.text.toString();
		}

		private void commit() {
			if (this.open) {
				append(terminated(OfflineSqlWriter.this.dialect.commitTransaction()));
				this.open = false;
			}
		}

		/** Writes a statement or comment as Alembic does: followed by a blank line. */
		private void append(String chunk) {
			this.text.append(chunk).append("\n\n");
		}

	}

}
