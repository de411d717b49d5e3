package dev.migrate.ops;

import java.util.List;
import java.util.Objects;

/**
 * A portable column type, mapped to each database's own type when rendered (for example
 * {@link Kind#BOOLEAN} is {@code BOOLEAN} on PostgreSQL and H2, {@code TINYINT(1)} on MariaDB
 * and {@code INTEGER} on SQLite). Created with the factories of {@link Schema}.
 */
public sealed interface ColumnType {

	/**
	 * The portable kinds of column types.
	 */
	enum Kind {

		/** A 32-bit integer. */
		INTEGER,
		/** A 64-bit integer. */
		BIGINT,
		/** A 16-bit integer. */
		SMALLINT,
		/** True or false. */
		BOOLEAN,
		/** A string of at most a given number of characters. */
		VARCHAR,
		/** A string of any length. */
		TEXT,
		/** An exact decimal number with a precision and a scale. */
		NUMERIC,
		/** A single-precision floating-point number. */
		REAL,
		/** A double-precision floating-point number. */
		DOUBLE,
		/** A date without a time. */
		DATE,
		/** A time of day without a date or time zone. */
		TIME,
		/** A date and time without a time zone. */
		TIMESTAMP,
		/** A date and time with a time zone (an instant). */
		TIMESTAMP_WITH_TIME_ZONE,
		/** A UUID. */
		UUID,
		/** A JSON document. */
		JSON,
		/** Bytes, at most a given number. */
		BINARY,
		/** Bytes of any length. */
		BLOB,
		/** One of a fixed list of strings. */
		ENUM

	}

	/**
	 * Returns the kind of type.
	 * @return the kind
	 */
	Kind kind();

	/**
	 * A type that takes no arguments.
	 *
	 * @param kind the kind, neither {@link Kind#VARCHAR}, {@link Kind#NUMERIC},
	 * {@link Kind#BINARY} nor {@link Kind#ENUM}
	 */
	record Simple(Kind kind) implements ColumnType {

		/**
		 * Checks the kind.
		 */
		public Simple {
			Objects.requireNonNull(kind, "kind");
			if (kind == Kind.VARCHAR || kind == Kind.NUMERIC || kind == Kind.BINARY || kind == Kind.ENUM) {
				throw new IllegalArgumentException(kind + " needs arguments; use the factory in Schema");
			}
		}

	}

	/**
	 * A string of at most {@code length} characters.
	 *
	 * @param length the maximum length, at least 1
	 */
	record Varchar(int length) implements ColumnType {

		/**
		 * Checks the length.
		 */
		public Varchar {
			if (length < 1) {
				throw new IllegalArgumentException("varchar length must be at least 1, not " + length);
			}
		}

		@Override
		public Kind kind() {
			return Kind.VARCHAR;
		}

	}

	/**
	 * An exact decimal number.
	 *
	 * @param precision the number of digits, at least 1
	 * @param scale the digits after the decimal point, from 0 to {@code precision}
	 */
	record Numeric(int precision, int scale) implements ColumnType {

		/**
		 * Checks precision and scale.
		 */
		public Numeric {
			if (precision < 1 || scale < 0 || scale > precision) {
				throw new IllegalArgumentException("numeric(" + precision + ", " + scale
						+ ") needs a precision of at least 1 and a scale from 0 to the precision");
			}
		}

		@Override
		public Kind kind() {
			return Kind.NUMERIC;
		}

	}

	/**
	 * Bytes, at most {@code length}.
	 *
	 * @param length the maximum length, at least 1
	 */
	record Binary(int length) implements ColumnType {

		/**
		 * Checks the length.
		 */
		public Binary {
			if (length < 1) {
				throw new IllegalArgumentException("binary length must be at least 1, not " + length);
			}
		}

		@Override
		public Kind kind() {
			return Kind.BINARY;
		}

	}

	/**
	 * One of a fixed list of strings: a named enum type on PostgreSQL (created with the table or
	 * by {@link Operations#createEnumType(String, String...)}), an inline {@code ENUM(...)} on
	 * MariaDB and MySQL, and a string with a check constraint elsewhere.
	 *
	 * @param name the type's name, as PostgreSQL knows it
	 * @param values the allowed values, at least one
	 */
	record Enum(String name, List<String> values) implements ColumnType {

		/**
		 * Checks and copies the values.
		 */
		public Enum {
			Objects.requireNonNull(name, "name");
			values = List.copyOf(values);
			if (values.isEmpty()) {
				throw new IllegalArgumentException("enum type " + name + " needs at least one value");
			}
		}

		@Override
		public Kind kind() {
			return Kind.ENUM;
		}

	}

}
