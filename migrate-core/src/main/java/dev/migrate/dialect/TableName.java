package dev.migrate.dialect;

import java.util.Objects;
import java.util.Optional;

/**
 * The name of a table migrate owns (the version table, the history table), optionally in a
 * schema. Names are kept as the user wrote them; a {@link Dialect} decides how to quote them.
 *
 * @param schema the schema (on MariaDB and MySQL: the database) holding the table; empty for the
 * connection's current schema
 * @param name the table's name
 */
public record TableName(Optional<String> schema, String name) {

	/**
	 * Creates a table name, checking that neither part is blank.
	 */
	public TableName {
		Objects.requireNonNull(schema, "schema");
		Objects.requireNonNull(name, "name");
		if (name.isBlank()) {
			throw new InvalidTableNameException("A table name must not be blank");
		}
		if (schema.isPresent() && schema.get().isBlank()) {
			throw new InvalidTableNameException("The schema of table '" + name + "' must not be blank");
		}
	}

	/**
	 * Returns the name of a table in the connection's current schema.
	 * @param name the table's name
	 * @return the table name
	 */
	public static TableName of(String name) {
		return new TableName(Optional.empty(), name);
	}

	/**
	 * Returns the name of a table in a given schema.
	 * @param schema the schema (on MariaDB and MySQL: the database)
	 * @param name the table's name
	 * @return the table name
	 */
	public static TableName of(String schema, String name) {
		return new TableName(Optional.of(schema), name);
	}

	/**
	 * Reads a table name as users write it in settings: {@code table} or {@code schema.table}.
	 * Names that contain a dot themselves are given with {@link #of(String, String)} instead.
	 * @param text the name
	 * @return the table name
	 * @throws InvalidTableNameException if the text has more than one dot or an empty part
	 */
	public static TableName parse(String text) {
		Objects.requireNonNull(text, "text");
		int dot = text.indexOf('.');
		if (dot < 0) {
			return of(text.strip());
		}
		if (text.indexOf('.', dot + 1) >= 0) {
			throw new InvalidTableNameException(
					"Table name '" + text + "' has more than one dot; write it as 'table' or 'schema.table'");
		}
		String schema = text.substring(0, dot).strip();
		String name = text.substring(dot + 1).strip();
		if (schema.isEmpty() || name.isEmpty()) {
			throw new InvalidTableNameException(
					"Table name '" + text + "' has an empty part; write it as 'table' or 'schema.table'");
		}
		return of(schema, name);
	}

	/**
	 * Returns the name of a table beside this one, in the same schema.
	 * @param siblingName the other table's name
	 * @return the other table's name
	 */
	public TableName sibling(String siblingName) {
		return new TableName(this.schema, siblingName);
	}

	/**
	 * Returns the name as users write it, unquoted: {@code table} or {@code schema.table}.
	 * @return the name
	 */
	@Override
	public String toString() {
		return this.schema.map((value) -> value + "." + this.name).orElse(this.name);
	}

}
