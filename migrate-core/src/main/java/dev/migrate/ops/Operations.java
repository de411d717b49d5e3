package dev.migrate.ops;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The dialect-neutral schema changes a {@link Migration} makes. Each call records one
 * {@link Operation}; migrate renders the operations for the database at hand (or for the
 * dialect of an offline script) and runs them in the order of the calls.
 *
 * <p>Names of tables, columns, indexes and constraints are quoted where the database needs it
 * (reserved words, mixed case); they are never pasted into SQL as they are.
 */
public interface Operations {

	/**
	 * Creates a table from columns and constraints, as
	 * {@code op.createTable("todos", column("id", bigint()).asPrimaryKey(), column("title", varchar(200)).notNull())}.
	 * @param table the table's name
	 * @param elements its columns and constraints
	 */
	void createTable(String table, TableElement... elements);

	/**
	 * Creates a table, with a comment if it has one.
	 * @param table the table
	 */
	void createTable(Table table);

	/**
	 * Drops a table.
	 * @param table the table's name
	 */
	void dropTable(String table);

	/**
	 * Renames a table.
	 * @param table the table's name
	 * @param newName its new name
	 */
	void renameTable(String table, String newName);

	/**
	 * Adds a column to a table.
	 * @param table the table's name
	 * @param column the column
	 */
	void addColumn(String table, Column column);

	/**
	 * Drops a column; on SQLite the table is rebuilt when the column takes part in an index or
	 * a constraint.
	 * @param table the table's name
	 * @param column the column's name
	 */
	void dropColumn(String table, String column);

	/**
	 * Changes a column's type, nullability, server default, name or comment, as
	 * {@code op.alterColumn("todos", "title", c -> c.type(varchar(400)).existingNullable(false))}.
	 * On SQLite, which cannot alter a column, use {@link #batchAlterTable(String, Consumer)}.
	 * @param table the table's name
	 * @param column the column's name
	 * @param changes sets the changes and the hints about the column as it is
	 */
	void alterColumn(String table, String column, Consumer<ColumnChanges> changes);

	/**
	 * Creates an index.
	 * @param name the index's name
	 * @param table the table's name
	 * @param columns the indexed columns, in order
	 */
	void createIndex(String name, String table, String... columns);

	/**
	 * Creates an index, unique or partial if it says so.
	 * @param index the index
	 */
	void createIndex(Index index);

	/**
	 * Drops an index.
	 * @param name the index's name
	 * @param table its table
	 */
	void dropIndex(String name, String table);

	/**
	 * Adds a named constraint (unique, check, foreign key or primary key) to an existing table.
	 * @param table the table's name
	 * @param constraint the constraint
	 */
	void createConstraint(String table, Constraint constraint);

	/**
	 * Drops a named constraint.
	 * @param table the table's name
	 * @param name the constraint's name
	 * @param kind what kind of constraint it is
	 */
	void dropConstraint(String table, String name, Operation.ConstraintKind kind);

	/**
	 * Creates a sequence (PostgreSQL, MariaDB, H2; SQLite has none and fails the revision).
	 * @param sequence the sequence
	 */
	void createSequence(Sequence sequence);

	/**
	 * Drops a sequence.
	 * @param name the sequence's name
	 */
	void dropSequence(String name);

	/**
	 * Creates a named enum type on PostgreSQL, before a table uses it; does nothing on the
	 * databases that write enums inline.
	 * @param name the type's name
	 * @param values the allowed values
	 */
	void createEnumType(String name, String... values);

	/**
	 * Drops a named enum type on PostgreSQL, after the last column using it is gone; does
	 * nothing elsewhere.
	 * @param name the type's name
	 */
	void dropEnumType(String name);

	/**
	 * Runs an SQL statement as it is: {@code ?} placeholders are bound to the parameters online
	 * and written as escaped literals offline.
	 * @param sql the statement
	 * @param parameters the values of its placeholders
	 */
	void execute(String sql, @Nullable Object... parameters);

	/**
	 * Inserts rows, each a map from column name to value; every row gives the same columns.
	 * @param table the table's name
	 * @param rows the rows
	 */
	void bulkInsert(String table, List<Map<String, ? extends @Nullable Object>> rows);

	/**
	 * Runs Java code with the run's JDBC connection, in the revision's transaction, for data
	 * migrations that SQL alone cannot express. Such a revision cannot be written as SQL
	 * offline.
	 * @param work the code
	 */
	void run(JdbcWork work);

	/**
	 * Changes one table in several steps at once, as Alembic's batch mode does: on SQLite the
	 * table is rebuilt where its {@code ALTER TABLE} cannot make a change (rows copied, indexes,
	 * constraints and foreign keys kept); elsewhere the changes run in place.
	 * @param table the table's name
	 * @param changes makes the changes
	 */
	void batchAlterTable(String table, Consumer<BatchOperations> changes);

	/**
	 * Changes one table in several steps at once, choosing when the table is rebuilt.
	 * @param table the table's name
	 * @param recreate when the table is rebuilt
	 * @param changes makes the changes
	 */
	void batchAlterTable(String table, Operation.Recreate recreate, Consumer<BatchOperations> changes);

}
