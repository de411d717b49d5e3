package dev.migrate.ops;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table as {@link Operations#createTable} creates it: its columns, constraints and comment.
 *
 * @param name the table's name
 * @param columns the columns, in order, at least one
 * @param constraints the table constraints besides what the columns declare
 * @param comment the table's comment, if any
 */
public record Table(String name, List<Column> columns, List<Constraint> constraints, Optional<String> comment) {

	/**
	 * Checks and copies the parts.
	 */
	public Table {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
		constraints = List.copyOf(constraints);
		Objects.requireNonNull(comment, "comment");
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("Table " + name + " needs at least one column");
		}
	}

	/**
	 * Returns this table with a comment.
	 * @param text the comment
	 * @return the changed table
	 */
	public Table withComment(String text) {
		return new Table(this.name, this.columns, this.constraints, Optional.of(text));
	}

	/**
	 * Returns the column of a name.
	 * @param column the column's name, compared ignoring case
	 * @return the column, if the table has it
	 */
	public Optional<Column> column(String column) {
		return this.columns.stream().filter((each) -> each.name().equalsIgnoreCase(column)).findFirst();
	}

}
