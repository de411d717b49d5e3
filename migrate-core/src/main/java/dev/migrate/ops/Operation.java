package dev.migrate.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One schema change, as an immutable value: what a call of {@link Operations} records, and
 * what each dialect renders to its own SQL.
 */
public sealed interface Operation {

	/**
	 * Creates a table.
	 *
	 * @param table the table
	 */
	record CreateTable(Table table) implements Operation {

		/**
		 * Checks the table.
		 */
		public CreateTable {
			Objects.requireNonNull(table, "table");
		}

	}

	/**
	 * Drops a table.
	 *
	 * @param table the table's name
	 */
	record DropTable(String table) implements Operation {

		/**
		 * Checks the name.
		 */
		public DropTable {
			Objects.requireNonNull(table, "table");
		}

	}

	/**
	 * Renames a table.
	 *
	 * @param table the table's name
	 * @param newName its new name
	 */
	record RenameTable(String table, String newName) implements Operation {

		/**
		 * Checks the names.
		 */
		public RenameTable {
			Objects.requireNonNull(table, "table");
			Objects.requireNonNull(newName, "newName");
		}

	}

	/**
	 * Adds a column to a table.
	 *
	 * @param table the table's name
	 * @param column the column
	 */
	record AddColumn(String table, Column column) implements Operation {

		/**
		 * Checks the parts.
		 */
		public AddColumn {
			Objects.requireNonNull(table, "table");
			Objects.requireNonNull(column, "column");
		}

	}

	/**
	 * Drops a column of a table.
	 *
	 * @param table the table's name
	 * @param column the column's name
	 */
	record DropColumn(String table, String column) implements Operation {

		/**
		 * Checks the names.
		 */
		public DropColumn {
			Objects.requireNonNull(table, "table");
			Objects.requireNonNull(column, "column");
		}

	}

	/**
	 * Changes a column: any of its type, nullability, server default, name and comment. The
	 * {@code existing} values describe the column as it is, for the databases whose statements
	 * restate a column in full (MariaDB and MySQL's {@code MODIFY}) or rebuild its table (SQLite).
	 *
	 * @param table the table's name
	 * @param column the column's name
	 * @param type the new type, if it changes
	 * @param nullable the new nullability, if it changes
	 * @param defaultChange the new server default, if it changes
	 * @param newName the new name, if it changes
	 * @param comment the new comment, if it changes (empty text removes it)
	 * @param existingType the type the column has
	 * @param existingNullable whether the column accepts nulls now
	 * @param existingDefault the server default the column has
	 * @param existingComment the comment the column has
	 */
	record AlterColumn(String table, String column, Optional<ColumnType> type, Optional<Boolean> nullable,
			Optional<DefaultChange> defaultChange, Optional<String> newName, Optional<String> comment,
			Optional<ColumnType> existingType, Optional<Boolean> existingNullable,
			Optional<DefaultValue> existingDefault, Optional<String> existingComment) implements Operation {

		/**
		 * Checks the parts.
		 */
		public AlterColumn {
			Objects.requireNonNull(table, "table");
			Objects.requireNonNull(column, "column");
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(nullable, "nullable");
			Objects.requireNonNull(defaultChange, "defaultChange");
			Objects.requireNonNull(newName, "newName");
			Objects.requireNonNull(comment, "comment");
			Objects.requireNonNull(existingType, "existingType");
			Objects.requireNonNull(existingNullable, "existingNullable");
			Objects.requireNonNull(existingDefault, "existingDefault");
			Objects.requireNonNull(existingComment, "existingComment");
		}

	}

	/**
	 * A change of a column's server default.
	 *
	 * @param value the new default; empty drops the default
	 */
	record DefaultChange(Optional<DefaultValue> value) {

		/**
		 * Checks the value.
		 */
		public DefaultChange {
			Objects.requireNonNull(value, "value");
		}

	}

	/**
	 * Creates an index.
	 *
	 * @param index the index
	 */
	record CreateIndex(Index index) implements Operation {

		/**
		 * Checks the index.
		 */
		public CreateIndex {
			Objects.requireNonNull(index, "index");
		}

	}

	/**
	 * Drops an index.
	 *
	 * @param name the index's name
	 * @param table its table (MariaDB and MySQL need it)
	 */
	record DropIndex(String name, String table) implements Operation {

		/**
		 * Checks the names.
		 */
		public DropIndex {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(table, "table");
		}

	}

	/**
	 * Adds a constraint to an existing table.
	 *
	 * @param table the table's name
	 * @param constraint the constraint, named
	 */
	record CreateConstraint(String table, Constraint constraint) implements Operation {

		/**
		 * Checks the parts.
		 */
		public CreateConstraint {
			Objects.requireNonNull(table, "table");
			Objects.requireNonNull(constraint, "constraint");
			if (constraint.name().isEmpty()) {
				throw new IllegalArgumentException("A constraint added to table " + table
						+ " needs a name, so that it can be dropped again");
			}
		}

	}

	/**
	 * Drops a named constraint.
	 *
	 * @param table the table's name
	 * @param name the constraint's name
	 * @param kind what kind of constraint it is (MariaDB and MySQL drop each kind differently)
	 */
	record DropConstraint(String table, String name, ConstraintKind kind) implements Operation {

		/**
		 * Checks the parts.
		 */
		public DropConstraint {
			Objects.requireNonNull(table, "table");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(kind, "kind");
		}

	}

	/**
	 * The kinds of constraints, for {@link DropConstraint}.
	 */
	enum ConstraintKind {

		/** A primary key. */
		PRIMARY_KEY,
		/** A unique constraint. */
		UNIQUE,
		/** A check constraint. */
		CHECK,
		/** A foreign key. */
		FOREIGN_KEY

	}

	/**
	 * Creates a sequence.
	 *
	 * @param sequence the sequence
	 */
	record CreateSequence(Sequence sequence) implements Operation {

		/**
		 * Checks the sequence.
		 */
		public CreateSequence {
			Objects.requireNonNull(sequence, "sequence");
		}

	}

	/**
	 * Drops a sequence.
	 *
	 * @param name the sequence's name
	 */
	record DropSequence(String name) implements Operation {

		/**
		 * Checks the name.
		 */
		public DropSequence {
			Objects.requireNonNull(name, "name");
		}

	}

	/**
	 * Creates a named enum type on PostgreSQL; other databases write enums inline with their
	 * columns, so this renders nothing there.
	 *
	 * @param type the enum type
	 */
	record CreateEnumType(ColumnType.Enum type) implements Operation {

		/**
		 * Checks the type.
		 */
		public CreateEnumType {
			Objects.requireNonNull(type, "type");
		}

	}

	/**
	 * Drops a named enum type on PostgreSQL; renders nothing elsewhere.
	 *
	 * @param name the type's name
	 */
	record DropEnumType(String name) implements Operation {

		/**
		 * Checks the name.
		 */
		public DropEnumType {
			Objects.requireNonNull(name, "name");
		}

	}

	/**
	 * Runs an SQL statement as it is, with {@code ?} placeholders bound to parameters (written
	 * as literals offline).
	 *
	 * @param sql the statement
	 * @param parameters the values of its placeholders, in order
	 */
	record ExecuteSql(String sql, List<@Nullable Object> parameters) implements Operation {

		/**
		 * Checks the statement and copies the parameters, which may be null.
		 */
		public ExecuteSql {
			Objects.requireNonNull(sql, "sql");
			parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
		}

	}

	/**
	 * Inserts rows into a table.
	 *
	 * @param table the table's name
	 * @param columns the columns the rows give values for
	 * @param rows the rows, each with one value (possibly null) per column
	 */
	record BulkInsert(String table, List<String> columns, List<List<@Nullable Object>> rows) implements Operation {

		/**
		 * Checks and copies the parts.
		 */
		public BulkInsert {
			Objects.requireNonNull(table, "table");
			columns = List.copyOf(columns);
			List<List<@Nullable Object>> copies = new ArrayList<>(rows.size());
			for (List<@Nullable Object> row : rows) {
				if (row.size() != columns.size()) {
					throw new IllegalArgumentException("A row inserted into " + table + " has " + row.size()
							+ " values for " + columns.size() + " columns");
				}
				copies.add(Collections.unmodifiableList(new ArrayList<>(row)));
			}
			rows = Collections.unmodifiableList(copies);
		}

	}

	/**
	 * Runs Java code with the run's connection; it cannot be written as SQL offline.
	 *
	 * @param work the code
	 * @param description what the code does, for messages
	 */
	record RunJdbc(JdbcWork work, String description) implements Operation {

		/**
		 * Checks the parts.
		 */
		public RunJdbc {
			Objects.requireNonNull(work, "work");
			Objects.requireNonNull(description, "description");
		}

	}

	/**
	 * Changes one table in several steps at once, the way Alembic's batch mode does: on SQLite,
	 * whose {@code ALTER TABLE} cannot change or drop most things, the table is rebuilt (a new
	 * table with the changes, the rows copied, indexes and constraints kept); elsewhere each
	 * change runs in place.
	 *
	 * @param table the table's name
	 * @param operations the changes, each on {@code table}
	 * @param recreate when the table is rebuilt
	 */
	record BatchAlterTable(String table, List<Operation> operations, Recreate recreate) implements Operation {

		/**
		 * Checks and copies the parts.
		 */
		public BatchAlterTable {
			Objects.requireNonNull(table, "table");
			operations = List.copyOf(operations);
			Objects.requireNonNull(recreate, "recreate");
		}

	}

	/**
	 * When a batch rebuilds its table.
	 */
	enum Recreate {

		/** Only where the database cannot make a change in place (SQLite). */
		AUTO,
		/** Always, on every database. */
		ALWAYS,
		/** Never: changes the database cannot make in place fail. */
		NEVER

	}

}
