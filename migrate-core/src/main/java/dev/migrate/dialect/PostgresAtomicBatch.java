package dev.migrate.dialect;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * PostgreSQL's atomic batches: pgJDBC sends a batch in auto-commit mode as one sequence of
 * messages ended by a single sync, which the server runs as one implicit transaction. The
 * version-row changes and the history row are data-modifying {@code WITH} clauses of one insert.
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
				+ this.dialect.stringLiteral(revision) + ") RETURNING 1";
	}

	@Override
	public String deleteVersion(TableName table, String revision) {
		return "DELETE FROM " + this.dialect.tableName(table) + " WHERE version_num = "
				+ this.dialect.stringLiteral(revision) + " RETURNING 1";
	}

	@Override
	public String updateVersion(TableName table, String from, String to) {
		return "UPDATE " + this.dialect.tableName(table) + " SET version_num = " + this.dialect.stringLiteral(to)
				+ " WHERE version_num = " + this.dialect.stringLiteral(from) + " RETURNING 1";
	}

	@Override
	public String recordStep(List<String> changes, String revision, UnaryOperator<String> historyInsert) {
		String literal = this.dialect.stringLiteral(revision);
		if (changes.isEmpty()) {
			return historyInsert.apply(literal);
		}
		StringBuilder with = new StringBuilder("WITH ");
		StringBuilder found = new StringBuilder();
		for (int i = 0; i < changes.size(); i++) {
			if (i > 0) {
				with.append(", ");
				found.append(" AND ");
			}
			with.append("change_").append(i).append(" AS (").append(changes.get(i)).append(')');
			found.append("EXISTS (SELECT 1 FROM change_").append(i).append(')');
		}
		return with + " " + historyInsert.apply("(SELECT " + literal + " WHERE " + found + ")");
	}

	@Override
	public String deferDurability() {
		return "SET synchronous_commit TO off";
	}

	@Override
	public String restoreDurability(String setting) {
		return "SET synchronous_commit TO " + this.dialect.stringLiteral(setting);
	}

	@Override
	public String durabilitySetting() {
		return "SHOW synchronous_commit";
	}

	@Override
	public boolean defersDurability(String setting) {
		return setting.strip().toLowerCase(Locale.ROOT).equals("off");
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
