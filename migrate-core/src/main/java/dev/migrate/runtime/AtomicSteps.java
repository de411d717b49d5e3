package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrate.dialect.AtomicBatch;
import dev.migrate.script.SqlStatement;

/**
 * Runs an SQL revision's step as one batch in auto-commit mode on a database that commits such
 * a batch as one transaction: its statements, its version-row changes and its history row reach
 * the database in one round trip, which on PostgreSQL costs little more than the statements
 * alone, where a transaction of its own costs a round trip per statement and one to commit.
 *
 * <p>When the database refuses the batch, nothing of it is committed, and the run makes the
 * step again the usual way, one statement at a time, which names the statement that fails.
 *
 * <p>The commits of steps that a later step of the run follows do not wait for the disk: the
 * last step's commit, or whatever the run commits after a step that is not sent as a batch, waits
 * for all of them, since the database writes its log in order. A run that returns has all its
 * steps on disk; a crash of the database during a run loses at most its last steps, each whole,
 * with the version rows and history rows that went with them.
 */
final class AtomicSteps {

	/** Statements that return rows, which a batch refuses. */
	private static final Set<String> QUERY_KEYWORDS = Set.of("select", "with", "values", "show", "explain", "table",
			"fetch");

	private final AtomicBatch batch;

	private final VersionTable versionTable;

	private final HistoryTable historyTable;

	/**
	 * The session's durability setting to restore after deferring, once read: {@code null} when
	 * deferring would change nothing (the session's commits already do not wait).
	 */
	private @Nullable String sessionSetting;

	/** Whether {@link #sessionSetting} was read since the session's setting last changed. */
	private boolean settingKnown;

	/** Whether the session's commits do not wait for the disk now. */
	private boolean deferred;

	AtomicSteps(AtomicBatch batch, VersionTable versionTable, HistoryTable historyTable) {
		this.batch = batch;
		this.versionTable = versionTable;
		this.historyTable = historyTable;
	}

	/**
	 * Tells whether statements can run in a batch: none of them returns rows.
	 */
	static boolean fits(List<SqlStatement> statements) {
		for (SqlStatement statement : statements) {
			if (QUERY_KEYWORDS.contains(firstWord(statement.sql()))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Sends the step as one batch, with the connection in auto-commit mode and no transaction
	 * open.
	 * @param durable whether the commit must wait for the disk: no later step of the run is sent
	 * as a batch that would
	 * @return whether the database committed it; when not, nothing of it was committed, and
	 * commits wait for the disk again
	 */
	boolean run(Connection connection, List<SqlStatement> statements, List<VersionRowChange> changes,
			HistoryRecord record, boolean durable) throws SQLException {
		if (durable) {
			waitForDisk(connection);
		}
		else {
			deferDurability(connection);
		}
		try (Statement batch = connection.createStatement()) {
			for (SqlStatement statement : statements) {
				batch.addBatch(statement.sql());
			}
			List<String> versionChanges = new ArrayList<>(changes.size());
			for (VersionRowChange change : changes) {
				versionChanges.add(versionChange(change));
			}
			batch.addBatch(this.batch.recordStep(versionChanges, record.revision(),
					(revision) -> this.historyTable.insertSql(record, this.batch, revision)));
			batch.executeBatch();
			return true;
		}
		catch (SQLException ex) {
			waitForDisk(connection);
			return false;
		}
	}

	/**
	 * Makes the session's commits wait for the disk again, if steps deferred that; the next
	 * commit then waits for theirs too.
	 * @throws SQLException if the database refuses
	 */
	void waitForDisk(Connection connection) throws SQLException {
		if (this.deferred) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(this.batch.restoreDurability(Objects.requireNonNull(this.sessionSetting)));
			}
			this.deferred = false;
			// the steps run the usual way next may change the setting: read it again before deferring
			this.settingKnown = false;
		}
	}

	private void deferDurability(Connection connection) throws SQLException {
		if (this.deferred) {
			return;
		}
		if (!this.settingKnown) {
			this.sessionSetting = readSetting(connection);
			this.settingKnown = true;
		}
		if (this.sessionSetting != null) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(this.batch.deferDurability());
			}
			this.deferred = true;
		}
	}

	private @Nullable String readSetting(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(this.batch.durabilitySetting())) {
			String setting = result.next() ? result.getString(1) : null;
			return (setting == null || this.batch.defersDurability(setting)) ? null : setting;
		}
	}

	private String versionChange(VersionRowChange change) {
		if (change instanceof VersionRowChange.Insert insert) {
			return this.batch.insertVersion(this.versionTable.table(), insert.revision());
		}
		if (change instanceof VersionRowChange.Delete delete) {
			return this.batch.deleteVersion(this.versionTable.table(), delete.revision());
		}
		VersionRowChange.Update update = (VersionRowChange.Update) change;
		return this.batch.updateVersion(this.versionTable.table(), update.from(), update.to());
	}

	/**
	 * Returns the first word of a statement in lower case, after any comments and opening
	 * parentheses.
	 */
	static String firstWord(String sql) {
		int i = 0;
		int length = sql.length();
		while (i < length) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c) || c == '(') {
				i++;
			}
			else if (sql.startsWith("--", i)) {
				int end = sql.indexOf('\n', i);
				i = (end < 0) ? length : end + 1;
			}
			else if (sql.startsWith("/*", i)) {
				int end = sql.indexOf("*/", i + 2);
				i = (end < 0) ? length : end + 2;
			}
			else {
				break;
			}
		}
		int start = i;
		while (i < length && Character.isLetter(sql.charAt(i))) {
			i++;
		}
		return sql.substring(start, i).toLowerCase(Locale.ROOT);
	}

}
