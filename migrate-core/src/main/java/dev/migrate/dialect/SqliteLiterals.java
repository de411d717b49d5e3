package dev.migrate.dialect;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Writes Java values as SQLite literals: SQLite has no boolean or date literals, so booleans are
 * {@code 1} and {@code 0} and dates and times are ISO-8601 text as its date functions read it.
 */
final class SqliteLiterals {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSSSSSSSS]");

	private SqliteLiterals() {
	}

	/**
	 * Writes a value: {@code NULL}, a number, {@code 1} or {@code 0} for a boolean, a blob as
	 * {@code X'..'}, dates and times as text, and anything else as its string form, quoted.
	 */
	static String literal(@Nullable Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof Boolean bool) {
			return bool ? "1" : "0";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new IllegalArgumentException("SQLite has no literal for " + value);
			}
			return value.toString();
		}
		if (value instanceof Number) {
			return value.toString();
		}
		if (value instanceof byte[] bytes) {
			return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
		}
		if (value instanceof LocalDateTime dateTime) {
			return string(trimmed(DATE_TIME.format(dateTime)));
		}
		if (value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant
				|| value instanceof LocalDate || value instanceof LocalTime || value instanceof OffsetTime
				|| value instanceof UUID || value instanceof CharSequence || value instanceof Character
				|| value instanceof Enum<?>) {
			return string(value instanceof Enum<?> constant ? constant.name() : value.toString());
		}
		throw new IllegalArgumentException("SQLite has no literal for a " + value.getClass().getName()
				+ "; pass a string, number, boolean, byte[], UUID or java.time value");
	}

	private static String string(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	/**
	 * Drops trailing zeros of the fraction (and the point, if nothing is left), so that
	 * {@code 10:00} is written {@code 10:00:00} and not {@code 10:00:00.000000000}.
	 */
	private static String trimmed(String dateTime) {
		if (dateTime.indexOf('.') < 0) {
			return dateTime;
		}
		String trimmed = dateTime.replaceAll("0+$", "");
		return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

}
