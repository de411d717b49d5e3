package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One statement a dialect rendered for an operation, with the values of its {@code ?}
 * placeholders: none for DDL, one row for a statement with parameters, many for a bulk insert
 * (run as a JDBC batch online, written as literals offline).
 *
 * @param sql the statement, without a delimiter
 * @param parameterRows the values of the placeholders, one list per execution; empty when the
 * statement has no placeholders
 */
public record SqlCommand(String sql, List<List<@Nullable Object>> parameterRows) {

	/**
	 * Checks the statement and copies the rows, whose values may be null.
	 */
	public SqlCommand {
		Objects.requireNonNull(sql, "sql");
		List<List<@Nullable Object>> copies = new ArrayList<>(parameterRows.size());
		parameterRows.forEach((row) -> copies.add(Collections.unmodifiableList(new ArrayList<>(row))));
		parameterRows = Collections.unmodifiableList(copies);
	}

	/**
	 * Returns a statement without placeholders.
	 * @param sql the statement
	 * @return the command
	 */
	public static SqlCommand of(String sql) {
		return new SqlCommand(sql, List.of());
	}

	/**
	 * Tells whether the statement has placeholders to bind.
	 * @return whether there are parameter rows
	 */
	public boolean parameterized() {
		return !this.parameterRows.isEmpty();
	}

}
