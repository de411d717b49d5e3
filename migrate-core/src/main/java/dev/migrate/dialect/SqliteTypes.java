package dev.migrate.dialect;

import java.util.Optional;
import java.util.stream.Collectors;

import dev.migrate.ops.ColumnType;

/**
 * Maps the portable column types to the type names SQLite's columns are declared with.
 *
 * <p>SQLite stores any value in any column; a declared type only gives the column an affinity,
 * found from the name's letters: {@code INT} means INTEGER, {@code CHAR}, {@code CLOB} or
 * {@code TEXT} means TEXT, {@code BLOB} means BLOB, {@code REAL}, {@code FLOA} or {@code DOUB}
 * means REAL, and anything else NUMERIC. The names are chosen so that each portable type gets the
 * affinity that keeps its values as written, and so that they read as the portable type again:
 * <ul>
 * <li>{@code integer}, {@code bigint}, {@code smallint}: {@code INTEGER}, {@code BIGINT},
 * {@code SMALLINT} (INTEGER affinity, all 64 bits wide);</li>
 * <li>{@code bool}: {@code INTEGER}, holding 1 and 0;</li>
 * <li>{@code varchar(n)}, {@code text}: {@code VARCHAR(n)} and {@code TEXT} (TEXT affinity; SQLite
 * does not enforce the length);</li>
 * <li>{@code numeric(p, s)}: {@code NUMERIC(p, s)} (NUMERIC affinity; values are stored as
 * integers or doubles, not as exact decimals);</li>
 * <li>{@code real}, {@code doublePrecision}: {@code REAL} and {@code DOUBLE} (REAL affinity);</li>
 * <li>{@code date}, {@code time}, {@code timestamp}, {@code timestampWithTimeZone}: {@code DATE},
 * {@code TIME}, {@code TIMESTAMP}, {@code TIMESTAMP WITH TIME ZONE} (NUMERIC affinity; ISO-8601
 * text, as SQLite's date functions read it, is kept as text);</li>
 * <li>{@code uuid}: {@code UUID}, holding the text form;</li>
 * <li>{@code json}: {@code TEXT}, which SQLite's JSON functions read (a NUMERIC affinity would
 * turn the document {@code 12} into a number);</li>
 * <li>{@code binary(n)}, {@code blob}: {@code BLOB};</li>
 * <li>enum: {@code VARCHAR(n)}, {@code n} the longest value, with a check constraint on the column
 * that allows only the values.</li>
 * </ul>
 */
final class SqliteTypes {

	private SqliteTypes() {
	}

	/**
	 * Returns the declared type of a column of a portable type.
	 */
	static String sqlType(ColumnType type) {
		if (type instanceof ColumnType.Varchar varchar) {
			return "VARCHAR(" + varchar.length() + ")";
		}
		if (type instanceof ColumnType.Numeric numeric) {
			return "NUMERIC(" + numeric.precision() + ", " + numeric.scale() + ")";
		}
		if (type instanceof ColumnType.Enum enumType) {
			int longest = enumType.values().stream().mapToInt(String::length).max().orElse(1);
			return "VARCHAR(" + Math.max(longest, 1) + ")";
		}
		switch (type.kind()) {
			case INTEGER:
			case BOOLEAN:
				return "INTEGER";
			case BIGINT:
				return "BIGINT";
			case SMALLINT:
				return "SMALLINT";
			case TEXT:
			case JSON:
				return "TEXT";
			case REAL:
				return "REAL";
			case DOUBLE:
				return "DOUBLE";
			case DATE:
				return "DATE";
			case TIME:
				return "TIME";
			case TIMESTAMP:
				return "TIMESTAMP";
			case TIMESTAMP_WITH_TIME_ZONE:
				return "TIMESTAMP WITH TIME ZONE";
			case UUID:
				return "UUID";
			case BINARY:
			case BLOB:
				return "BLOB";
			default:
				throw new IllegalArgumentException("No SQLite type for " + type);
		}
	}

	/**
	 * Returns the condition that stands for an enum type on a column: the column holds one of
	 * the values.
	 */
	static Optional<String> enumCheck(Dialect dialect, String column, ColumnType type) {
		if (!(type instanceof ColumnType.Enum enumType)) {
			return Optional.empty();
		}
		return Optional.of(dialect.identifier(column) + " IN ("
				+ enumType.values().stream().map(dialect::stringLiteral).collect(Collectors.joining(", ")) + ")");
	}

}
