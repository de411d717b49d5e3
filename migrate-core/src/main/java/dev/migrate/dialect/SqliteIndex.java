package dev.migrate.dialect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index of a {@link SqliteTable}, made with {@code CREATE INDEX}.
 *
 * @param name the index's name
 * @param columns the indexed columns, in order
 * @param unique whether it enforces unique values
 * @param where the condition of a partial index, if any
 * @param verbatim the statement as SQLite keeps it, for an index migrate cannot describe with
 * names alone (on expressions, descending, with collations), which a rebuild runs again as it is
 */
record SqliteIndex(String name, List<String> columns, boolean unique, Optional<String> where,
		Optional<String> verbatim) {

	SqliteIndex {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
		Objects.requireNonNull(where, "where");
		Objects.requireNonNull(verbatim, "verbatim");
	}

	/**
	 * Tells whether the index uses a column, by name or in its condition.
	 */
	boolean uses(String column) {
		return this.columns.stream().anyMatch(column::equalsIgnoreCase)
				|| this.where.map((condition) -> SqliteTokens.mentions(condition, column)).orElse(false)
				|| this.verbatim.map((sql) -> SqliteTokens.mentions(sql, column)).orElse(false);
	}

}
