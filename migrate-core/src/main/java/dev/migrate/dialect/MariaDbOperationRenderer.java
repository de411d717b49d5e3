package dev.migrate.dialect;

import java.util.List;
import java.util.Optional;

import dev.migrate.ops.Column;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.DefaultValue;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Table;

/**
 * Renders operations as MariaDB's and MySQL 8's SQL: inline {@code ENUM(...)},
 * {@code AUTO_INCREMENT} and {@code COMMENT}, {@code MODIFY COLUMN} restating a column from the
 * hints about it, and a statement of its own to drop each kind of constraint.
 *
 * <p>{@code MODIFY} restates the whole column: its type, nullability, default and comment. A
 * change other than of the default or the name needs the column's type ({@code existingType})
 * unless the type changes, and its nullability ({@code existingNullable}) unless that changes;
 * a default or comment the hints do not give is dropped, as is {@code AUTO_INCREMENT}.
 */
final class MariaDbOperationRenderer extends BaseOperationRenderer {

	private final boolean mysql;

	MariaDbOperationRenderer(MariaDbDialect dialect) {
		super(dialect);
		this.mysql = "mysql".equals(dialect.name());
	}

	@Override
	String typeName(ColumnType type, Operation operation) {
		return switch (type.kind()) {
			case INTEGER -> "INT";
			case BIGINT -> "BIGINT";
			case SMALLINT -> "SMALLINT";
			case BOOLEAN -> "BOOLEAN";
			case VARCHAR -> "VARCHAR(" + ((ColumnType.Varchar) type).length() + ")";
			case TEXT -> "LONGTEXT";
			case NUMERIC -> "DECIMAL(" + ((ColumnType.Numeric) type).precision() + ", "
					+ ((ColumnType.Numeric) type).scale() + ")";
			case REAL -> "FLOAT";
			case DOUBLE -> "DOUBLE";
			case DATE -> "DATE";
			case TIME -> "TIME(6)";
			case TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> "DATETIME(6)";
			case UUID -> "CHAR(36)";
			case JSON -> "JSON";
			case BINARY -> "VARBINARY(" + ((ColumnType.Binary) type).length() + ")";
			case BLOB -> "LONGBLOB";
			case ENUM -> "ENUM(" + enumValues((ColumnType.Enum) type) + ")";
		};
	}

	@Override
	String identity() {
		return "AUTO_INCREMENT";
	}

	@Override
	String columnDefinition(Column column, Operation operation) {
		String definition = super.columnDefinition(column, operation);
		return definition + column.comment().map((comment) -> " COMMENT " + this.dialect.stringLiteral(comment))
			.orElse("");
	}

	@Override
	String tableOptions(Table table) {
		return table.comment().map((comment) -> " COMMENT " + this.dialect.stringLiteral(comment)).orElse("");
	}

	@Override
	boolean inlineComments() {
		return true;
	}

	@Override
	String changeType(Operation.AlterColumn alter, ColumnType type) {
		throw new IllegalStateException("MariaDB changes types with MODIFY COLUMN");
	}

	/**
	 * {@inheritDoc}
	 * <p>A change of the default alone uses {@code ALTER COLUMN ... SET DEFAULT}, a rename alone
	 * {@code RENAME COLUMN}; any other change restates the column with {@code MODIFY COLUMN} (or
	 * {@code CHANGE COLUMN} when it is renamed too).
	 */
	@Override
	void alterColumn(Operation.AlterColumn alter, List<String> statements) {
		boolean restates = alter.type().isPresent() || alter.nullable().isPresent() || alter.comment().isPresent();
		if (!restates) {
			alter.defaultChange()
				.ifPresent((change) -> statements.add(alterTable(alter.table()) + "ALTER COLUMN " + name(alter.column())
						+ " " + change.value()
							.map((value) -> "SET DEFAULT " + defaultValue(value, typeOf(alter)))
							.orElse("DROP DEFAULT")));
			alter.newName().ifPresent((newName) -> statements.add(renameColumn(alter, newName)));
			return;
		}
		ColumnType type = typeOf(alter).orElseThrow(() -> missingHint(alter, "type", "existingType"));
		boolean nullable = alter.nullable()
			.or(alter::existingNullable)
			.orElseThrow(() -> missingHint(alter, "nullability", "existingNullable"));
		Optional<DefaultValue> defaultValue = alter.defaultChange()
			.map(Operation.DefaultChange::value)
			.orElse(alter.existingDefault());
		Optional<String> comment = alter.comment().or(alter::existingComment).filter((text) -> !text.isEmpty());
		Column column = new Column(alter.newName().orElse(alter.column()), type, nullable, defaultValue, false, false,
				comment);
		String definition = columnDefinition(column, alter);
		statements.add(alterTable(alter.table())
				+ alter.newName().map((newName) -> "CHANGE COLUMN " + name(alter.column()) + " ").orElse("MODIFY COLUMN ")
				+ definition);
	}

	/**
	 * {@inheritDoc}
	 * <p>A constant default of a text, blob or JSON column is written in parentheses, the form
	 * MySQL 8 takes for those types (MariaDB takes both).
	 */
	@Override
	String defaultValue(DefaultValue value, Optional<ColumnType> type) {
		String sql = defaultValue(value);
		boolean large = type.map((each) -> each.kind() == ColumnType.Kind.TEXT || each.kind() == ColumnType.Kind.BLOB
				|| each.kind() == ColumnType.Kind.JSON).orElse(false);
		return (large && value instanceof DefaultValue.Literal) ? "(" + sql + ")" : sql;
	}

	private IllegalArgumentException missingHint(Operation.AlterColumn alter, String what, String hint) {
		return new IllegalArgumentException(this.dialect.displayName() + " restates column " + alter.table() + "."
				+ alter.column() + " in full to alter it (MODIFY COLUMN), so it needs the column's " + what
				+ ": give " + hint + "(...) in the alterColumn call");
	}

	@Override
	String renameTable(Operation.RenameTable rename) {
		return "RENAME TABLE " + name(rename.table()) + " TO " + name(rename.newName());
	}

	@Override
	String dropIndex(Operation.DropIndex drop) {
		return "DROP INDEX " + name(drop.name()) + " ON " + name(drop.table());
	}

	@Override
	String dropConstraint(Operation.DropConstraint drop) {
		String prefix = alterTable(drop.table());
		return switch (drop.kind()) {
			case PRIMARY_KEY -> prefix + "DROP PRIMARY KEY";
			case UNIQUE -> prefix + "DROP INDEX " + name(drop.name());
			case FOREIGN_KEY -> prefix + "DROP FOREIGN KEY " + name(drop.name());
			case CHECK -> prefix + (this.mysql ? "DROP CHECK " : "DROP CONSTRAINT ") + name(drop.name());
		};
	}

	@Override
	String action(Operation operation, Constraint.ReferentialAction action) {
		if (action == Constraint.ReferentialAction.SET_DEFAULT) {
			throw unsupported(operation, "InnoDB refuses foreign keys with ON DELETE or ON UPDATE SET DEFAULT");
		}
		return super.action(operation, action);
	}

	@Override
	String createSequence(Operation.CreateSequence create) {
		if (this.mysql) {
			throw unsupported(create, "MySQL has no sequences; use an AUTO_INCREMENT column");
		}
		return super.createSequence(create);
	}

	@Override
	String dropSequence(Operation.DropSequence drop) {
		if (this.mysql) {
			throw unsupported(drop, "MySQL has no sequences");
		}
		return super.dropSequence(drop);
	}

}
