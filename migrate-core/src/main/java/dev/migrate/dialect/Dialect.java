package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.migrate.script.SqlSyntax;

/**
 * What migrate needs to know about one kind of database: how to write names and strings, how
 * its scripts split into statements, whether it can roll back DDL, the DDL of migrate's own
 * tables, transaction boundaries for offline scripts, and how concurrent runs are serialised.
 *
 * <p>Dialects hold no state and are safe to share. {@link Dialects} finds the dialect for a
 * name, a JDBC URL or a connection.
 */
public interface Dialect {

	/**
	 * Returns the name users give with {@code --dialect}.
	 * @return for example {@code postgresql}
	 */
	String name();

	/**
	 * Returns the database's name as people write it, for messages.
	 * @return for example {@code PostgreSQL}
	 */
	String displayName();

	/**
	 * Writes an identifier as SQL, quoting it only when it has to be: when it is a reserved word,
	 * has upper-case letters (so that its case is kept) or characters other than lower-case
	 * letters, digits and underscores, or starts with a digit.
	 * @param identifier the name as the user wrote it
	 * @return for example {@code migrate_version}, {@code "order"} or {@code "MixedCase"}
	 */
	String identifier(String identifier);

	/**
	 * Writes an identifier as SQL, always quoted, doubling any quote character inside it.
	 * @param identifier the name as the user wrote it
	 * @return for example {@code "migrate_version"} (on MariaDB and MySQL with back quotes)
	 */
	String quotedIdentifier(String identifier);

	/**
	 * Writes a table name as SQL, qualified by its schema when it has one, each part quoted as
	 * {@link #identifier(String)} does.
	 * @param table the table
	 * @return for example {@code audit.migrate_version}
	 */
	default String tableName(TableName table) {
		String name = identifier(table.name());
		return table.schema().map((schema) -> identifier(schema) + "." + name).orElse(name);
	}

	/**
	 * Writes a string as an SQL literal for an offline script, escaping what the database would
	 * otherwise read as the literal's end or an escape.
	 * @param value the string
	 * @return for example {@code 'it''s'}
	 */
	String stringLiteral(String value);

	/**
	 * Writes a value as an SQL literal for an offline script, as a bound parameter or a server
	 * default would store it: {@code NULL}; a string, character or enum constant (its name)
	 * through {@link #stringLiteral(String)}; a number in plain decimal notation; {@code TRUE} or
	 * {@code FALSE}; a {@code java.time} date, time or timestamp as a typed literal such as
	 * {@code DATE '2026-11-21'} (an {@link java.time.Instant} in UTC; {@code java.sql} dates,
	 * times and timestamps as their {@code java.time} values); a {@link java.util.UUID}
	 * as a string; bytes in hexadecimal ({@code X'CAFE'}).
	 * @param value the value, possibly null
	 * @return the literal
	 * @throws IllegalArgumentException for a value of another type, or a floating-point number
	 * that is not finite
	 */
	default String literal(@Nullable Object value) {
		return SqlLiterals.standard(this, value);
	}

	/**
	 * Binds a value of an operation's parameters ({@code execute}, {@code bulkInsert}) to a
	 * statement so that the database stores what {@link #literal(Object)} writes offline: an
	 * enum constant as its name, an {@link java.time.Instant} or a zoned date-time as an offset
	 * date-time, anything else as the driver binds it.
	 * @param statement the statement
	 * @param index the parameter's index, from 1
	 * @param value the value, possibly null
	 * @throws SQLException if the driver refuses the value
	 */
	default void setParameter(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
		statement.setObject(index, SqlLiterals.bindable(value));
	}

	/**
	 * Tells whether DDL statements take part in transactions, so that a failed revision's
	 * {@code CREATE TABLE} is rolled back with it. When they do not, a DDL statement commits the
	 * open transaction (MariaDB, MySQL, H2).
	 * @return whether DDL can be rolled back
	 */
	boolean transactionalDdl();

	/**
	 * Returns the statements for running a revision as one atomic batch in auto-commit mode, on
	 * a database that runs such a batch as one transaction.
	 * @return the batch's statements; empty when the database commits each statement of such a
	 * batch on its own
	 */
	default Optional<AtomicBatch> atomicBatch() {
		return Optional.empty();
	}

	/**
	 * Returns the lexical rules that split this database's scripts into statements.
	 * @return the syntax
	 */
	SqlSyntax sqlSyntax();

	/**
	 * Returns the DDL of a version table: one {@code version_num VARCHAR(32) NOT NULL} column,
	 * the primary key, one row per current head (as Alembic's {@code alembic_version}).
	 * @param table the version table
	 * @return the {@code CREATE TABLE} statement, without a delimiter
	 */
	String createVersionTable(TableName table);

	/**
	 * Returns the DDL of a history table, the append-only log of applied steps: {@code id},
	 * {@code revision}, {@code direction}, {@code message}, {@code checksum},
	 * {@code installed_by}, {@code started_at}, {@code duration_ms}, {@code success} and
	 * {@code error_message}.
	 * @param table the history table
	 * @return the {@code CREATE TABLE} statement, without a delimiter
	 */
	String createHistoryTable(TableName table);

	/**
	 * Returns the statement that opens a transaction in an offline script.
	 * @return for example {@code BEGIN}, without a delimiter
	 */
	String beginTransaction();

	/**
	 * Returns the statement that commits a transaction in an offline script.
	 * @return for example {@code COMMIT}, without a delimiter
	 */
	String commitTransaction();

	/**
	 * Returns what ends a statement in an offline script.
	 * @return {@code ;} unless a dialect needs otherwise
	 */
	default String statementDelimiter() {
		return ";";
	}

	/**
	 * Tells whether the command-line client that runs this dialect's offline scripts reads
	 * {@code DELIMITER} lines, so a statement containing {@code ;} (a trigger, a procedure) can
	 * be wrapped in them. The {@code mysql} and {@code mariadb} clients do; {@code psql} and
	 * {@code sqlite3} find the end of such bodies themselves.
	 * @return whether {@code DELIMITER} lines may be written
	 */
	default boolean clientReadsDelimiterCommand() {
		return false;
	}

	/**
	 * Returns how concurrent runs on one version table are serialised.
	 * @return the lock strategy
	 */
	LockStrategy lockStrategy();

	/**
	 * Tells whether an exception says that a table (or its schema) does not exist, as a query
	 * of a version table not yet created fails.
	 * @param ex the exception a query raised
	 * @return whether the table is missing
	 */
	boolean isMissingTable(SQLException ex);

	/**
	 * Binds an instant to a parameter for a {@code started_at} column of the history table.
	 * @param statement the statement
	 * @param index the parameter's index, from 1
	 * @param value the instant
	 * @throws SQLException if the driver refuses the value
	 */
	void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException;

	/**
	 * Reads an instant from a {@code started_at} column of the history table.
	 * @param result the result set, on a row
	 * @param index the column's index, from 1
	 * @return the instant
	 * @throws SQLException if the driver cannot read the value
	 */
	Instant getTimestamp(ResultSet result, int index) throws SQLException;

	/**
	 * Returns a renderer of dialect-neutral operations for one run.
	 * @param connection the run's connection, through which a renderer may read the catalog
	 * (SQLite reads a table's definition to rebuild it); empty for an offline script
	 * @return the renderer
	 */
	OperationRenderer operationRenderer(Optional<Connection> connection);

}
