package dev.migrate.dialect;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * PostgreSQL's atomic batches: pgJDBC sends a batch in auto-commit mode as one sequence of
 * messages ended by a single sync, which the server runs as one implicit transaction.
 */
final class PostgresAtomicBatch implements AtomicBatch {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
		.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS'+00'")
		.withZone(ZoneOffset.UTC);

	private final Dialect dialect;

	PostgresAtomicBatch(Dialect dialect) {
		this.dialect = dialect;
	}

	@Override
	public String insertVersion(TableName table, String revision) {
		return "INSERT INTO " + this.dialect.tableName(table) + " (version_num) VALUES ("
				+ this.dialect.stringLiteral(revision) + ")";
	}

	@Override
	public String deleteVersion(TableName table, String revision) {
		String name = this.dialect.tableName(table);
		return guarded(name, "DELETE FROM " + name + " WHERE version_num = " + this.dialect.stringLiteral(revision));
	}

	@Override
	public String updateVersion(TableName table, String from, String to) {
		String name = this.dialect.tableName(table);
		return guarded(name, "UPDATE " + name + " SET version_num = " + this.dialect.stringLiteral(to)
				+ " WHERE version_num = " + this.dialect.stringLiteral(from));
	}

	/**
	 * Wraps a change so that, when it matches no row, the statement inserts a null version,
	 * which the column refuses: the error aborts the batch's transaction.
	 */
	private static String guarded(String table, String change) {
		return "WITH changed AS (" + change + " RETURNING 1) INSERT INTO " + table
				+ " (version_num) SELECT NULL WHERE NOT EXISTS (SELECT 1 FROM changed)";
	}

	@Override
	public String timestampLiteral(Instant instant) {
		return "TIMESTAMP WITH TIME ZONE '" + TIMESTAMP.format(instant) + "'";
	}

	@Override
	public String elapsedMillis() {
		return "CAST(EXTRACT(EPOCH FROM (clock_timestamp() - transaction_timestamp())) * 1000 AS BIGINT)";
	}

}
