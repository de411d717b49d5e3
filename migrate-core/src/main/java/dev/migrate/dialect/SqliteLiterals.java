package dev.migrate.dialect;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;

import org.jspecify.annotations.Nullable;

/**
 * Writes Java values as SQLite literals. SQLite has no boolean or date literals: booleans are
 * {@code 1} and {@code 0}, and dates and times are ISO-8601 text as its date functions read it
 * ({@code '2026-11-21'}, {@code '10:00:00'}, {@code '2026-11-21 10:00:00.5'}, with an offset
 * such as {@code +01:00} where the value has one).
 */
final class SqliteLiterals {

	private SqliteLiterals() {
	}

	static String literal(Dialect dialect, @Nullable Object value) {
		if (value instanceof Boolean bool) {
			return bool ? "1" : "0";
		}
		if (value instanceof LocalDate date) {
			return dialect.stringLiteral(date.toString());
		}
		if (value instanceof LocalTime time) {
			return dialect.stringLiteral(time(time));
		}
		if (value instanceof LocalDateTime timestamp) {
			return dialect.stringLiteral(SqlLiterals.timestamp(timestamp));
		}
		if (value instanceof OffsetTime time) {
			return dialect.stringLiteral(time(time.toLocalTime()) + time.getOffset());
		}
		OffsetDateTime offset = (value != null) ? SqlLiterals.offsetDateTime(value) : null;
		if (offset != null) {
			return dialect.stringLiteral(SqlLiterals.timestamp(offset.toLocalDateTime()) + offset.getOffset());
		}
		return SqlLiterals.standard(dialect, value);
	}

	private static String time(LocalTime time) {
		return SqlLiterals.timestamp(LocalDate.EPOCH.atTime(time)).substring("1970-01-01 ".length());
	}

}
