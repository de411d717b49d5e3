package dev.migrate.ops;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table constraint: a primary key, a unique constraint, a check or a foreign key. Created
 * with the factories of {@link Schema}, part of a {@link Table} or added to an existing table
 * with {@link Operations#createConstraint(String, Constraint)}.
 */
public sealed interface Constraint extends TableElement {

	/**
	 * Returns the constraint's name; the database names an unnamed one itself, and only a named
	 * constraint can be dropped portably.
	 * @return the name, if given
	 */
	Optional<String> name();

	/**
	 * A primary key over one or more columns.
	 *
	 * @param name the name, if given
	 * @param columns the columns, at least one
	 */
	record PrimaryKey(Optional<String> name, List<String> columns) implements Constraint {

		/**
		 * Checks and copies the columns.
		 */
		public PrimaryKey {
			Objects.requireNonNull(name, "name");
			columns = nonEmpty(columns, "primary key");
		}

	}

	/**
	 * A unique constraint over one or more columns.
	 *
	 * @param name the name, if given
	 * @param columns the columns, at least one
	 */
	record Unique(Optional<String> name, List<String> columns) implements Constraint {

		/**
		 * Checks and copies the columns.
		 */
		public Unique {
			Objects.requireNonNull(name, "name");
			columns = nonEmpty(columns, "unique constraint");
		}

	}

	/**
	 * A check constraint.
	 *
	 * @param name the name, if given
	 * @param condition the SQL condition, such as {@code priority BETWEEN 1 AND 5}, written as
	 * it is: the revision's author vouches that every target database accepts it
	 */
	record Check(Optional<String> name, String condition) implements Constraint {

		/**
		 * Checks the condition.
		 */
		public Check {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(condition, "condition");
		}

	}

	/**
	 * A foreign key.
	 *
	 * @param name the name, if given
	 * @param columns the referencing columns, at least one
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns, as many as {@code columns}
	 * @param onDelete what a delete of the referenced row does
	 * @param onUpdate what an update of the referenced key does
	 */
	record ForeignKey(Optional<String> name, List<String> columns, String referencedTable,
			List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate)
			implements Constraint {

		/**
		 * Checks and copies the columns.
		 */
		public ForeignKey {
			Objects.requireNonNull(name, "name");
			columns = nonEmpty(columns, "foreign key");
			Objects.requireNonNull(referencedTable, "referencedTable");
			referencedColumns = nonEmpty(referencedColumns, "foreign key");
			if (columns.size() != referencedColumns.size()) {
				throw new IllegalArgumentException("Foreign key " + name.orElse("") + " has " + columns.size()
						+ " columns but references " + referencedColumns.size());
			}
			Objects.requireNonNull(onDelete, "onDelete");
			Objects.requireNonNull(onUpdate, "onUpdate");
		}

		/**
		 * Returns this foreign key with an action on delete of the referenced row.
		 * @param action the action
		 * @return the changed foreign key
		 */
		public ForeignKey onDelete(ReferentialAction action) {
			return new ForeignKey(this.name, this.columns, this.referencedTable, this.referencedColumns, action,
					this.onUpdate);
		}

		/**
		 * Returns this foreign key with an action on update of the referenced key.
		 * @param action the action
		 * @return the changed foreign key
		 */
		public ForeignKey onUpdate(ReferentialAction action) {
			return new ForeignKey(this.name, this.columns, this.referencedTable, this.referencedColumns,
					this.onDelete, action);
		}

	}

	/**
	 * What a foreign key does when the row it references is deleted or its key updated.
	 */
	enum ReferentialAction {

		/** The database's default: refuse the change (checked at the end of the statement). */
		NO_ACTION,
		/** Refuse the change at once. */
		RESTRICT,
		/** Delete or update the referencing rows too. */
		CASCADE,
		/** Set the referencing columns to null. */
		SET_NULL,
		/** Set the referencing columns to their defaults. */
		SET_DEFAULT

	}

	private static List<String> nonEmpty(List<String> columns, String what) {
		List<String> copy = List.copyOf(columns);
		if (copy.isEmpty()) {
			throw new IllegalArgumentException("A " + what + " needs at least one column");
		}
		return copy;
	}

}
