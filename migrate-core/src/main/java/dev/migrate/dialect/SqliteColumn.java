package dev.migrate.dialect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.migrate.ops.Constraint;

/**
 * A column of a {@link SqliteTable}, as SQLite declares it.
 *
 * @param name the column's name
 * @param type the declared type, as written (SQLite keeps any text); empty for none
 * @param nullable whether it accepts nulls
 * @param defaultSql the default as an SQL expression, without enclosing parentheses
 * @param collation the collation named with {@code COLLATE}, if any
 * @param checks the check constraints written with the column (an enum's, for example), which
 * go with the column when it is dropped and when its type changes
 */
record SqliteColumn(String name, String type, boolean nullable, Optional<String> defaultSql,
		Optional<String> collation, List<Constraint.Check> checks) {

	SqliteColumn {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(defaultSql, "defaultSql");
		Objects.requireNonNull(collation, "collation");
		checks = List.copyOf(checks);
	}

	SqliteColumn withName(String newName) {
		return new SqliteColumn(newName, this.type, this.nullable, this.defaultSql, this.collation, this.checks);
	}

	SqliteColumn withType(String newType, List<Constraint.Check> newChecks) {
		return new SqliteColumn(this.name, newType, this.nullable, this.defaultSql, this.collation, newChecks);
	}

	SqliteColumn withNullable(boolean accepted) {
		return new SqliteColumn(this.name, this.type, accepted, this.defaultSql, this.collation, this.checks);
	}

	SqliteColumn withDefault(Optional<String> sql) {
		return new SqliteColumn(this.name, this.type, this.nullable, sql, this.collation, this.checks);
	}

	SqliteColumn withChecks(List<Constraint.Check> newChecks) {
		return new SqliteColumn(this.name, this.type, this.nullable, this.defaultSql, this.collation, newChecks);
	}

}
