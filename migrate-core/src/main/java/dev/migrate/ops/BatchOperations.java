package dev.migrate.ops;

import java.util.function.Consumer;

/**
 * The changes a {@link Operations#batchAlterTable(String, Consumer) batch} makes to its one
 * table.
 */
public interface BatchOperations {

	/**
	 * Adds a column.
	 * @param column the column
	 */
	void addColumn(Column column);

	/**
	 * Drops a column.
	 * @param column the column's name
	 */
	void dropColumn(String column);

	/**
	 * Changes a column.
	 * @param column the column's name
	 * @param changes sets the changes
	 */
	void alterColumn(String column, Consumer<ColumnChanges> changes);

	/**
	 * Adds a named constraint.
	 * @param constraint the constraint
	 */
	void createConstraint(Constraint constraint);

	/**
	 * Drops a named constraint.
	 * @param name the constraint's name
	 * @param kind what kind of constraint it is
	 */
	void dropConstraint(String name, Operation.ConstraintKind kind);

	/**
	 * Creates an index on the table.
	 * @param name the index's name
	 * @param unique whether it enforces unique values
	 * @param columns the indexed columns
	 */
	void createIndex(String name, boolean unique, String... columns);

	/**
	 * Drops an index of the table.
	 * @param name the index's name
	 */
	void dropIndex(String name);

}
