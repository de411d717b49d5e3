package dev.migrate.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Static factories for what {@link Operations} takes: columns, portable types, constraints,
 * indexes and tables. Meant to be imported statically:
 * {@code import static dev.migrate.ops.Schema.*;}.
 */
public final class Schema {

	private Schema() {
	}

	/**
	 * Returns a nullable column without a default.
	 * @param name the column's name
	 * @param type its type
	 * @return the column
	 */
	public static Column column(String name, ColumnType type) {
		return new Column(name, type, true, Optional.empty(), false, false, Optional.empty());
	}

	/**
	 * Returns a table of columns and constraints.
	 * @param name the table's name
	 * @param elements its columns and constraints
	 * @return the table
	 */
	public static Table table(String name, TableElement... elements) {
		List<Column> columns = new ArrayList<>();
		List<Constraint> constraints = new ArrayList<>();
		for (TableElement element : elements) {
			if (element instanceof Column column) {
				columns.add(column);
			}
			else {
				constraints.add((Constraint) element);
			}
		}
		return new Table(name, columns, constraints, Optional.empty());
	}

	/**
	 * Returns the 32-bit integer type.
	 * @return the type
	 */
	public static ColumnType integer() {
		return new ColumnType.Simple(ColumnType.Kind.INTEGER);
	}

	/**
	 * Returns the 64-bit integer type.
	 * @return the type
	 */
	public static ColumnType bigint() {
		return new ColumnType.Simple(ColumnType.Kind.BIGINT);
	}

	/**
	 * Returns the 16-bit integer type.
	 * @return the type
	 */
	public static ColumnType smallint() {
		return new ColumnType.Simple(ColumnType.Kind.SMALLINT);
	}

	/**
	 * Returns the boolean type.
	 * @return the type
	 */
	public static ColumnType bool() {
		return new ColumnType.Simple(ColumnType.Kind.BOOLEAN);
	}

	/**
	 * Returns the type of strings of at most {@code length} characters.
	 * @param length the maximum length
	 * @return the type
	 */
	public static ColumnType varchar(int length) {
		return new ColumnType.Varchar(length);
	}

	/**
	 * Returns the type of strings of any length.
	 * @return the type
	 */
	public static ColumnType text() {
		return new ColumnType.Simple(ColumnType.Kind.TEXT);
	}

	/**
	 * Returns an exact decimal type.
	 * @param precision the number of digits
	 * @param scale the digits after the decimal point
	 * @return the type
	 */
	public static ColumnType numeric(int precision, int scale) {
		return new ColumnType.Numeric(precision, scale);
	}

	/**
	 * Returns the single-precision floating-point type.
	 * @return the type
	 */
	public static ColumnType real() {
		return new ColumnType.Simple(ColumnType.Kind.REAL);
	}

	/**
	 * Returns the double-precision floating-point type.
	 * @return the type
	 */
	public static ColumnType doublePrecision() {
		return new ColumnType.Simple(ColumnType.Kind.DOUBLE);
	}

	/**
	 * Returns the date type.
	 * @return the type
	 */
	public static ColumnType date() {
		return new ColumnType.Simple(ColumnType.Kind.DATE);
	}

	/**
	 * Returns the time-of-day type.
	 * @return the type
	 */
	public static ColumnType time() {
		return new ColumnType.Simple(ColumnType.Kind.TIME);
	}

	/**
	 * Returns the type of a date and time without a time zone.
	 * @return the type
	 */
	public static ColumnType timestamp() {
		return new ColumnType.Simple(ColumnType.Kind.TIMESTAMP);
	}

	/**
	 * Returns the type of a date and time with a time zone.
	 * @return the type
	 */
	public static ColumnType timestampWithTimeZone() {
		return new ColumnType.Simple(ColumnType.Kind.TIMESTAMP_WITH_TIME_ZONE);
	}

	/**
	 * Returns the UUID type.
	 * @return the type
	 */
	public static ColumnType uuid() {
		return new ColumnType.Simple(ColumnType.Kind.UUID);
	}

	/**
	 * Returns the JSON type.
	 * @return the type
	 */
	public static ColumnType json() {
		return new ColumnType.Simple(ColumnType.Kind.JSON);
	}

	/**
	 * Returns the type of at most {@code length} bytes.
	 * @param length the maximum length
	 * @return the type
	 */
	public static ColumnType binary(int length) {
		return new ColumnType.Binary(length);
	}

	/**
	 * Returns the type of bytes of any length.
	 * @return the type
	 */
	public static ColumnType blob() {
		return new ColumnType.Simple(ColumnType.Kind.BLOB);
	}

	/**
	 * Returns an enum type.
	 * @param name the type's name, as PostgreSQL knows it
	 * @param values the allowed values
	 * @return the type
	 */
	public static ColumnType.Enum enumType(String name, String... values) {
		return new ColumnType.Enum(name, Arrays.asList(values));
	}

	/**
	 * Returns an unnamed primary key over columns.
	 * @param columns the columns
	 * @return the constraint
	 */
	public static Constraint.PrimaryKey primaryKey(String... columns) {
		return new Constraint.PrimaryKey(Optional.empty(), Arrays.asList(columns));
	}

	/**
	 * Returns a named primary key over columns.
	 * @param name the constraint's name
	 * @param columns the columns
	 * @return the constraint
	 */
	public static Constraint.PrimaryKey namedPrimaryKey(String name, String... columns) {
		return new Constraint.PrimaryKey(Optional.of(name), Arrays.asList(columns));
	}

	/**
	 * Returns a named unique constraint.
	 * @param name the constraint's name
	 * @param columns the columns
	 * @return the constraint
	 */
	public static Constraint.Unique unique(String name, String... columns) {
		return new Constraint.Unique(Optional.of(name), Arrays.asList(columns));
	}

	/**
	 * Returns a named check constraint.
	 * @param name the constraint's name
	 * @param condition the SQL condition
	 * @return the constraint
	 */
	public static Constraint.Check check(String name, String condition) {
		return new Constraint.Check(Optional.of(name), condition);
	}

	/**
	 * Returns a named single-column foreign key with no action on delete and update; refine it
	 * with {@link Constraint.ForeignKey#onDelete} and {@link Constraint.ForeignKey#onUpdate}.
	 * @param name the constraint's name
	 * @param column the referencing column
	 * @param referencedTable the referenced table
	 * @param referencedColumn the referenced column
	 * @return the constraint
	 */
	public static Constraint.ForeignKey foreignKey(String name, String column, String referencedTable,
			String referencedColumn) {
		return foreignKey(name, List.of(column), referencedTable, List.of(referencedColumn));
	}

	/**
	 * Returns a named foreign key over several columns.
	 * @param name the constraint's name
	 * @param columns the referencing columns
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns
	 * @return the constraint
	 */
	public static Constraint.ForeignKey foreignKey(String name, List<String> columns, String referencedTable,
			List<String> referencedColumns) {
		return new Constraint.ForeignKey(Optional.of(name), columns, referencedTable, referencedColumns,
				Constraint.ReferentialAction.NO_ACTION, Constraint.ReferentialAction.NO_ACTION);
	}

	/**
	 * Returns an index, not unique, on all rows.
	 * @param name the index's name
	 * @param table the table
	 * @param columns the indexed columns
	 * @return the index
	 */
	public static Index index(String name, String table, String... columns) {
		return new Index(name, table, Arrays.asList(columns), false, Optional.empty());
	}

	/**
	 * Returns a sequence starting at 1 and counting up by 1.
	 * @param name the sequence's name
	 * @return the sequence
	 */
	public static Sequence sequence(String name) {
		return new Sequence(name, 1, 1);
	}

}
