package dev.migrate.dialect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Writes Java values as SQL literals, the shared rules behind {@link Dialect#literal(Object)}.
 */
final class SqlLiterals {

	/** Fractions of a second only as far as they are not zero, which every database reads. */
	private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("HH:mm:ss")
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
		.optionalEnd()
		.toFormatter(Locale.ROOT);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

	private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder().append(DATE)
		.appendLiteral(' ')
		.append(TIME)
		.toFormatter(Locale.ROOT);

	private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx", Locale.ROOT);

	private SqlLiterals() {
	}

	/**
	 * Writes a value by the rules {@link Dialect#literal(Object)} describes.
	 */
	static String standard(Dialect dialect, @Nullable Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof CharSequence || value instanceof Character) {
			return dialect.stringLiteral(value.toString());
		}
		if (value instanceof Enum<?> constant) {
			return dialect.stringLiteral(constant.name());
		}
		if (value instanceof Boolean bool) {
			return bool ? "TRUE" : "FALSE";
		}
		String number = number(value);
		if (number != null) {
			return number;
		}
		if (value instanceof UUID) {
			return dialect.stringLiteral(value.toString());
		}
		if (value instanceof byte[] bytes) {
			return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
		}
		String temporal = temporal(value);
		if (temporal != null) {
			return temporal;
		}
		throw unsupported(dialect, value);
	}

	/**
	 * Returns a value as drivers bind it: an enum constant as its name, a character as a string,
	 * an instant or a zoned date-time as an offset date-time, anything else as it is.
	 */
	static @Nullable Object bindable(@Nullable Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Character) {
			return value.toString();
		}
		if (value instanceof Instant || value instanceof ZonedDateTime) {
			return offsetDateTime(value);
		}
		return value;
	}

	/**
	 * Writes a number in plain decimal notation, or returns null for a value that is not one.
	 */
	static @Nullable String number(Object value) {
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger) {
			return value.toString();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				throw new IllegalArgumentException(
						"The value " + value + " has no SQL literal; only finite numbers can be written");
			}
			// exact and without an exponent, which some databases read as DOUBLE and others as DECIMAL
			return new BigDecimal(value.toString()).toPlainString();
		}
		return null;
	}

	/**
	 * Writes a {@code java.time} value as a typed literal, or returns null for a value that is
	 * not one.
	 */
	static @Nullable String temporal(Object value) {
		Object modern = modern(value);
		if (modern != value) {
			return temporal(modern);
		}
		if (value instanceof LocalDate date) {
			return "DATE '" + DATE.format(date) + "'";
		}
		if (value instanceof LocalTime time) {
			return "TIME '" + TIME.format(time) + "'";
		}
		if (value instanceof LocalDateTime timestamp) {
			return "TIMESTAMP '" + timestamp(timestamp) + "'";
		}
		OffsetDateTime offset = offsetDateTime(value);
		if (offset != null) {
			return "TIMESTAMP WITH TIME ZONE '" + timestamp(offset.toLocalDateTime()) + OFFSET.format(offset) + "'";
		}
		if (value instanceof OffsetTime time) {
			return "TIME WITH TIME ZONE '" + TIME.format(time) + OFFSET.format(time) + "'";
		}
		return null;
	}

	/**
	 * Returns a {@code java.sql} date, time or timestamp as its {@code java.time} value (a
	 * {@code java.util.Date} as an instant), anything else as it is.
	 */
	static Object modern(Object value) {
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (value instanceof java.sql.Time time) {
			return time.toLocalTime();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toLocalDateTime();
		}
		if (value instanceof java.util.Date date) {
			return date.toInstant();
		}
		return value;
	}

	/**
	 * Returns an instant, an offset or a zoned date-time as an offset date-time, or null for any
	 * other value.
	 */
	static @Nullable OffsetDateTime offsetDateTime(Object value) {
		if (value instanceof OffsetDateTime offset) {
			return offset;
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime();
		}
		if (value instanceof Instant instant) {
			return instant.atOffset(ZoneOffset.UTC);
		}
		return null;
	}

	/**
	 * Writes a date and time as {@code 2026-11-21 10:00:00.5}.
	 */
	static String timestamp(LocalDateTime value) {
		return TIMESTAMP.format(value);
	}

	static IllegalArgumentException unsupported(Dialect dialect, Object value) {
		return new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as a "
				+ dialect.displayName() + " SQL literal; use a string, number, boolean, java.time value, UUID or byte[]");
	}

}
