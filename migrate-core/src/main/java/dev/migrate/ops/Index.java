package dev.migrate.ops;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index on a table.
 *
 * @param name the index's name
 * @param table the table
 * @param columns the indexed columns, in order, at least one
 * @param unique whether the index enforces unique values
 * @param where the condition of a partial index (PostgreSQL and SQLite), if any
 */
public record Index(String name, String table, List<String> columns, boolean unique, Optional<String> where) {

	/**
	 * Checks and copies the parts.
	 */
	public Index {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(table, "table");
		columns = List.copyOf(columns);
		Objects.requireNonNull(where, "where");
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("Index " + name + " needs at least one column");
		}
	}

	/**
	 * Returns this index, enforcing unique values.
	 * @return the changed index
	 */
	public Index asUnique() {
		return new Index(this.name, this.table, this.columns, true, this.where);
	}

	/**
	 * Returns this index as a partial index, on the rows that match a condition.
	 * @param condition the SQL condition
	 * @return the changed index
	 */
	public Index where(String condition) {
		return new Index(this.name, this.table, this.columns, this.unique, Optional.of(condition));
	}

}
