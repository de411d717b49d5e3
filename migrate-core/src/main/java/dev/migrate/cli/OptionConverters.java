package dev.migrate.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.TableName;
import dev.migrate.runtime.TransactionMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the values of the global options, reporting a malformed one as a usage error with the
 * message of the type that refused it.
 */
final class OptionConverters {

	private OptionConverters() {
	}

	/**
	 * {@code --lock-timeout}: a whole number and a unit ({@code 500ms}, {@code 30s}, {@code 5m},
	 * {@code 1h}), {@code 0}, or ISO-8601 ({@code PT1M30S}).
	 */
	static final class DurationConverter implements ITypeConverter<Duration> {

		private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

		@Override
		public Duration convert(String value) {
			String text = value.strip();
			Duration duration = text.toUpperCase(Locale.ROOT).startsWith("P") ? iso(text) : simple(text);
			if (duration.isNegative()) {
				throw invalid(value, "it is negative");
			}
			return duration;
		}

		private static Duration iso(String text) {
			try {
				return Duration.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw invalid(text, "it is not an ISO-8601 duration");
			}
		}

		private static Duration simple(String text) {
			Matcher matcher = SIMPLE.matcher(text);
			if (!matcher.matches()) {
				throw invalid(text, "it is not a number with a unit");
			}
			long amount;
			try {
				amount = Long.parseLong(matcher.group(1));
			}
			catch (NumberFormatException ex) {
				throw invalid(text, "the number is too large");
			}
			String unit = matcher.group(2);
			if (unit == null) {
				if (amount != 0) {
					throw invalid(text, "it has no unit");
				}
				return Duration.ZERO;
			}
			return switch (unit.toLowerCase(Locale.ROOT)) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				default -> Duration.ofHours(amount);
			};
		}

		private static TypeConversionException invalid(String value, String reason) {
			return new TypeConversionException("Invalid duration '" + value + "': " + reason
					+ "; write 500ms, 30s, 5m, 1h, 0 or ISO-8601 such as PT1M30S");
		}

	}

	/**
	 * {@code --dialect}: {@code postgresql}, {@code mariadb}, {@code mysql}, {@code h2} or
	 * {@code sqlite}.
	 */
	static final class DialectConverter implements ITypeConverter<Dialect> {

		@Override
		public Dialect convert(String value) {
			try {
				return Dialects.forName(value);
			}
			catch (MigrateException ex) {
				throw new TypeConversionException(ex.getMessage());
			}
		}

	}

	/**
	 * {@code --transaction-mode}: {@code per-migration}, {@code all} or {@code none}.
	 */
	static final class TransactionModeConverter implements ITypeConverter<TransactionMode> {

		@Override
		public TransactionMode convert(String value) {
			try {
				return TransactionMode.fromValue(value);
			}
			catch (MigrateException ex) {
				throw new TypeConversionException(ex.getMessage());
			}
		}

	}

	/**
	 * {@code --version-table} and {@code --history-table}: {@code table} or {@code schema.table}.
	 */
	static final class TableNameConverter implements ITypeConverter<TableName> {

		@Override
		public TableName convert(String value) {
			try {
				return TableName.parse(value);
			}
			catch (MigrateException ex) {
				throw new TypeConversionException(ex.getMessage());
			}
		}

	}

}
