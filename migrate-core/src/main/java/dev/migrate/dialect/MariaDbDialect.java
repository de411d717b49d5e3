package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.migrate.script.SqlSyntax;

/**
 * MariaDB, and MySQL through {@link #mysql()}: DDL commits the open transaction, identifiers are
 * back-quoted, strings take backslash escapes, and runs are serialised with {@code GET_LOCK}.
 *
 * <p>String literals assume the default SQL mode (without {@code NO_BACKSLASH_ESCAPES} and
 * {@code ANSI_QUOTES}).
 */
public final class MariaDbDialect implements Dialect {

	/**
	 * The words MariaDB and MySQL 8 reserve; quoting the few that only one of them reserves is
	 * harmless on the other.
	 */
	private static final IdentifierQuoting QUOTING = new IdentifierQuoting('`', IdentifierQuoting.words("""
			ACCESSIBLE ADD ALL ALTER ANALYZE AND AS ASC ASENSITIVE BEFORE BETWEEN BIGINT BINARY BLOB BOTH BY
			CALL CASCADE CASE CHANGE CHAR CHARACTER CHECK COLLATE COLUMN CONDITION CONSTRAINT CONTINUE CONVERT
			CREATE CROSS CUBE CUME_DIST CURRENT_DATE CURRENT_ROLE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER
			CURSOR DATABASE DATABASES DAY_HOUR DAY_MICROSECOND DAY_MINUTE DAY_SECOND DEC DECIMAL DECLARE
			DEFAULT DELAYED DELETE DELETE_DOMAIN_ID DENSE_RANK DESC DESCRIBE DETERMINISTIC DISTINCT
			DISTINCTROW DIV DO_DOMAIN_IDS DOUBLE DROP DUAL EACH ELSE ELSEIF EMPTY ENCLOSED ESCAPED EXCEPT
			EXISTS EXIT EXPLAIN FALSE FETCH FIRST_VALUE FLOAT FLOAT4 FLOAT8 FOR FORCE FOREIGN FROM FULLTEXT
			FUNCTION GENERAL GENERATED GET GRANT GROUP GROUPING GROUPS HAVING HIGH_PRIORITY HOUR_MICROSECOND
			HOUR_MINUTE HOUR_SECOND IF IGNORE IGNORE_DOMAIN_IDS IGNORE_SERVER_IDS IN INDEX INFILE INNER INOUT
			INSENSITIVE INSERT INT INT1 INT2 INT3 INT4 INT8 INTEGER INTERSECT INTERVAL INTO IO_AFTER_GTIDS
			IO_BEFORE_GTIDS IS ITERATE JOIN JSON_TABLE KEY KEYS KILL LAG LAST_VALUE LATERAL LEAD LEADING
			LEAVE LEFT LIKE LIMIT LINEAR LINES LOAD LOCALTIME LOCALTIMESTAMP LOCK LONG LONGBLOB LONGTEXT LOOP
			LOW_PRIORITY MASTER_BIND MASTER_HEARTBEAT_PERIOD MASTER_SSL_VERIFY_SERVER_CERT MATCH MAXVALUE
			MEDIUMBLOB MEDIUMINT MEDIUMTEXT MIDDLEINT MINUTE_MICROSECOND MINUTE_SECOND MOD MODIFIES NATURAL
			NOT NO_WRITE_TO_BINLOG NTH_VALUE NTILE NULL NUMERIC OF OFFSET ON OPTIMIZE OPTIMIZER_COSTS OPTION
			OPTIONALLY OR ORDER OUT OUTER OUTFILE OVER PAGE_CHECKSUM PARSE_VCOL_EXPR PARTITION PERCENT_RANK
			POSITION PRECISION PRIMARY PROCEDURE PURGE RANGE RANK READ READS READ_WRITE REAL RECURSIVE
			REF_SYSTEM_ID REFERENCES REGEXP RELEASE RENAME REPEAT REPLACE REQUIRE RESIGNAL RESTRICT RETURN
			RETURNING REVOKE RIGHT RLIKE ROW ROWS ROW_NUMBER SCHEMA SCHEMAS SECOND_MICROSECOND SELECT
			SENSITIVE SEPARATOR SET SHOW SIGNAL SLOW SMALLINT SPATIAL SPECIFIC SQL SQLEXCEPTION SQLSTATE
			SQLWARNING SQL_BIG_RESULT SQL_CALC_FOUND_ROWS SQL_SMALL_RESULT SSL STARTING STATS_AUTO_RECALC
			STATS_PERSISTENT STATS_SAMPLE_PAGES STORED STRAIGHT_JOIN SYSTEM TABLE TERMINATED THEN TINYBLOB
			TINYINT TINYTEXT TO TRAILING TRIGGER TRUE UNDO UNION UNIQUE UNLOCK UNSIGNED UPDATE USAGE USE USING
			UTC_DATE UTC_TIME UTC_TIMESTAMP VALUES VARBINARY VARCHAR VARCHARACTER VARYING VIRTUAL WHEN WHERE
			WHILE WINDOW WITH WRITE XOR YEAR_MONTH ZEROFILL
			"""));

	/** {@code ER_NO_SUCH_TABLE}. */
	private static final int NO_SUCH_TABLE = 1146;

	/** {@code ER_BAD_DB_ERROR}: the schema (database) of a qualified name does not exist. */
	private static final int BAD_DATABASE = 1049;

	private final String name;

	private final String displayName;

	private final LockStrategy lockStrategy;

	/**
	 * Creates the MariaDB dialect, named {@code mariadb}.
	 */
	public MariaDbDialect() {
		this("mariadb", "MariaDB");
	}

	private MariaDbDialect(String name, String product) {
		this.name = name;
		this.displayName = product;
		this.lockStrategy = new MariaDbNamedLock(product);
	}

	/**
	 * Returns the MySQL dialect, named {@code mysql}: MariaDB's rules, which MySQL shares for
	 * everything this dialect does.
	 * @return the dialect
	 */
	public static MariaDbDialect mysql() {
		return new MariaDbDialect("mysql", "MySQL");
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String displayName() {
		return this.displayName;
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
		StringBuilder literal = new StringBuilder(value.length() + 2).append('\'');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\'' -> literal.append("''");
				case '\\' -> literal.append("\\\\");
				case '\0' -> literal.append("\\0");
				default -> literal.append(c);
			}
		}
		return literal.append('\'').toString();
	}

	/**
	 * {@inheritDoc}
	 * <p>MariaDB and MySQL have no type that keeps an offset: an instant, an offset or a zoned
	 * date-time is written as {@code TIMESTAMP} in UTC, as a {@code DATETIME} column of migrate
	 * holds it, and an offset time as its UTC time.
	 */
	@Override
	public String literal(@Nullable Object value) {
		if (value != null) {
			OffsetDateTime offset = SqlLiterals.offsetDateTime(SqlLiterals.modern(value));
			if (offset != null) {
				return SqlLiterals.standard(this, offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
			}
			if (value instanceof OffsetTime time) {
				return SqlLiterals.standard(this, time.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime());
			}
		}
		return SqlLiterals.standard(this, value);
	}

	/**
	 * {@inheritDoc}
	 * <p>As {@link #literal(Object)} writes them: a UUID as its text, an instant, an offset or a
	 * zoned date-time as the date and time in UTC, an offset time as the time in UTC.
	 */
	@Override
	public void setParameter(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
		Object bindable = SqlLiterals.bindable(value);
		if (bindable instanceof UUID) {
			bindable = bindable.toString();
		}
		else if (bindable instanceof OffsetDateTime offset) {
			bindable = offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
		}
		else if (bindable instanceof OffsetTime time) {
			bindable = time.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
		}
		statement.setObject(index, bindable);
	}

	@Override
	public boolean clientReadsDelimiterCommand() {
		return true;
	}

	@Override
	public boolean transactionalDdl() {
		return false;
	}

	@Override
	public SqlSyntax sqlSyntax() {
		return SqlSyntax.MYSQL;
	}

	@Override
	public String createVersionTable(TableName table) {
		return TableDdl.versionTable(this, table);
	}

	@Override
	public String createHistoryTable(TableName table) {
		return TableDdl.historyTable(this, table, "BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY", "TEXT",
				"DATETIME(3)");
	}

	@Override
	public String beginTransaction() {
		return "START TRANSACTION";
	}

	@Override
	public String commitTransaction() {
		return "COMMIT";
	}

	@Override
	public LockStrategy lockStrategy() {
		return this.lockStrategy;
	}

	@Override
	public boolean isMissingTable(SQLException ex) {
		return ex.getErrorCode() == NO_SUCH_TABLE || ex.getErrorCode() == BAD_DATABASE;
	}

	/**
	 * {@inheritDoc}
	 * <p>{@code DATETIME} has no time zone: the column holds UTC.
	 */
	@Override
	public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
		statement.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
	}

	@Override
	public Instant getTimestamp(ResultSet result, int index) throws SQLException {
		return result.getObject(index, LocalDateTime.class).toInstant(ZoneOffset.UTC);
	}

	@Override
	public OperationRenderer operationRenderer(Optional<Connection> connection) {
		return new MariaDbOperationRenderer(this);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
