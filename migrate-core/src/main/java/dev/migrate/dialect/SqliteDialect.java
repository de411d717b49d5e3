package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.migrate.script.SqlSyntax;

/**
 * SQLite: transactional DDL, case-insensitive identifiers, and an exclusive transaction as the
 * lock.
 *
 * <p>SQLite has no date type: {@code started_at} holds UTC text as its date functions read it,
 * such as {@code 2026-11-21 10:00:00.000}.
 */
public final class SqliteDialect implements Dialect {

	/** The key words of SQLite. */
	private static final IdentifierQuoting QUOTING = new IdentifierQuoting('"', IdentifierQuoting.words("""
			ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN
			BETWEEN BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT
			CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED DELETE DESC
			DETACH DISTINCT DO DROP EACH ELSE END ESCAPE EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER
			FIRST FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP GROUPS HAVING IF IGNORE IMMEDIATE IN
			INDEX INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN KEY LAST LEFT LIKE LIMIT
			MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET ON OR ORDER OTHERS OUTER
			OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE RANGE RECURSIVE REFERENCES REGEXP REINDEX
			RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS SAVEPOINT SELECT SET TABLE TEMP
			TEMPORARY THEN TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES VIEW
			VIRTUAL WHEN WHERE WINDOW WITH WITHOUT
			"""));

	/** SQLite's primary result code for a generic error, such as a missing table. */
	private static final int SQLITE_ERROR = 1;

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS",
			Locale.ROOT);

	private final LockStrategy lockStrategy = new SqliteExclusiveTransaction();

	@Override
	public String name() {
		return "sqlite";
	}

	@Override
	public String displayName() {
		return "SQLite";
	}

	@Override
	public String identifier(String identifier) {
		return QUOTING.identifier(identifier);
	}

	@Override
	public String quotedIdentifier(String identifier) {
		return QUOTING.quoted(identifier);
	}

	@Override
	public String stringLiteral(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	@Override
	public boolean transactionalDdl() {
		return true;
	}

	@Override
	public SqlSyntax sqlSyntax() {
		return SqlSyntax.STANDARD;
	}

	@Override
	public String createVersionTable(TableName table) {
		return TableDdl.versionTable(this, table);
	}

	@Override
	public String createHistoryTable(TableName table) {
		return TableDdl.historyTable(this, table, "INTEGER PRIMARY KEY", "TEXT", "TEXT");
	}

	@Override
	public String beginTransaction() {
		return "BEGIN";
	}

	@Override
	public String commitTransaction() {
		return "COMMIT";
	}

	/**
	 * {@inheritDoc}
	 * <p>On SQLite the lock is an exclusive transaction on the migration connection, held for
	 * the whole run: revisions are committed together when the run ends, each marked by a
	 * savepoint so that a failure still keeps the revisions before it.
	 */
	@Override
	public LockStrategy lockStrategy() {
		return this.lockStrategy;
	}

	@Override
	public boolean isMissingTable(SQLException ex) {
		String message = ex.getMessage();
		return (ex.getErrorCode() & 0xff) == SQLITE_ERROR && message != null
				&& (message.contains("no such table") || message.contains("unknown database"));
	}

	@Override
	public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
		statement.setString(index, TIMESTAMP.format(LocalDateTime.ofInstant(value.truncatedTo(ChronoUnit.MILLIS),
				ZoneOffset.UTC)));
	}

	@Override
	public Instant getTimestamp(ResultSet result, int index) throws SQLException {
		return LocalDateTime.parse(result.getString(index), TIMESTAMP).toInstant(ZoneOffset.UTC);
	}

	/**
	 * {@inheritDoc}
	 * <p>Online the renderer reads a table's definition from the catalog when a batch rebuilds
	 * it; offline it follows the tables that earlier operations of the run created, and a batch
	 * can rebuild only those. See {@code docs/sqlite-batch-mode.md}.
	 */
	@Override
	public OperationRenderer operationRenderer(Optional<Connection> connection) {
		SqliteTables tables = connection.<SqliteTables>map((open) -> new SqliteTableReader(open, this))
			.orElseGet(() -> new SqliteOfflineTables(this));
		return new SqliteOperationRenderer(this, tables);
	}

	/**
	 * {@inheritDoc}
	 * <p>SQLite has no boolean or date literals: booleans are {@code 1} and {@code 0}, and dates
	 * and times ISO-8601 text as its date functions read it, such as {@code '2026-11-21'} or
	 * {@code '2026-11-21 10:00:00+01:00'}.
	 */
	@Override
	public String literal(@Nullable Object value) {
		return SqliteLiterals.literal(this, value);
	}

	@Override
	public String toString() {
		return name();
	}

}
