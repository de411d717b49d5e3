package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.migrate.ops.Column;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.DefaultValue;
import dev.migrate.ops.Index;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationDescriptions;
import dev.migrate.ops.Sequence;
import dev.migrate.ops.Table;

/**
 * The statements PostgreSQL, MariaDB/MySQL and H2 write alike (the SQL standard's, mostly), with
 * a method per operation that each dialect's renderer overrides where its database differs.
 * Every name goes through {@link Dialect#identifier(String)}, every value through
 * {@link Dialect#literal(Object)}; check conditions, index conditions, default expressions and
 * {@code execute} statements are the revision's own SQL and written as they are.
 */
abstract class BaseOperationRenderer implements OperationRenderer {

	final Dialect dialect;

	BaseOperationRenderer(Dialect dialect) {
		this.dialect = dialect;
	}

	@Override
	public List<SqlCommand> render(Operation operation) {
		List<SqlCommand> commands = new ArrayList<>();
		List<String> statements = new ArrayList<>();
		if (operation instanceof Operation.ExecuteSql execute) {
			commands.add(new SqlCommand(execute.sql(),
					execute.parameters().isEmpty() ? List.of() : List.of(execute.parameters())));
		}
		else if (operation instanceof Operation.BulkInsert insert) {
			if (!insert.rows().isEmpty()) {
				commands.add(new SqlCommand(bulkInsert(insert), insert.rows()));
			}
		}
		else if (operation instanceof Operation.BatchAlterTable batch) {
			if (batch.recreate() == Operation.Recreate.ALWAYS) {
				throw unsupported(operation, "it rebuilds tables only on SQLite; batchAlterTable on "
						+ this.dialect.displayName() + " alters the table in place, so use Recreate.AUTO or NEVER");
			}
			for (Operation nested : batch.operations()) {
				commands.addAll(render(nested));
			}
		}
		else if (operation instanceof Operation.RunJdbc run) {
			throw unsupported(operation, "Java code (" + run.description()
					+ ") runs with the connection and has no SQL; a revision that uses it cannot be written offline");
		}
		else {
			ddl(operation, statements);
		}
		statements.forEach((sql) -> commands.add(SqlCommand.of(sql)));
		return Collections.unmodifiableList(commands);
	}

	private void ddl(Operation operation, List<String> statements) {
		if (operation instanceof Operation.CreateTable create) {
			createTable(create, statements);
		}
		else if (operation instanceof Operation.DropTable drop) {
			statements.add("DROP TABLE " + name(drop.table()));
		}
		else if (operation instanceof Operation.RenameTable rename) {
			statements.add(renameTable(rename));
		}
		else if (operation instanceof Operation.AddColumn add) {
			addColumn(add, statements);
		}
		else if (operation instanceof Operation.DropColumn drop) {
			statements.add(alterTable(drop.table()) + "DROP COLUMN " + name(drop.column()));
		}
		else if (operation instanceof Operation.AlterColumn alter) {
			alterColumn(alter, statements);
		}
		else if (operation instanceof Operation.CreateIndex create) {
			statements.add(createIndex(create));
		}
		else if (operation instanceof Operation.DropIndex drop) {
			statements.add(dropIndex(drop));
		}
		else if (operation instanceof Operation.CreateConstraint create) {
			statements.add(alterTable(create.table()) + "ADD " + constraint(create, create.constraint()));
		}
		else if (operation instanceof Operation.DropConstraint drop) {
			statements.add(dropConstraint(drop));
		}
		else if (operation instanceof Operation.CreateSequence create) {
			statements.add(createSequence(create));
		}
		else if (operation instanceof Operation.DropSequence drop) {
			statements.add(dropSequence(drop));
		}
		else if (operation instanceof Operation.CreateEnumType create) {
			createEnumType(create, statements);
		}
		else if (operation instanceof Operation.DropEnumType drop) {
			dropEnumType(drop, statements);
		}
		else {
			throw unsupported(operation, "migrate does not know this operation");
		}
	}

	/**
	 * Writes a portable type as this database's type.
	 */
	abstract String typeName(ColumnType type, Operation operation);

	/**
	 * Writes the clause that makes a column an identity (auto-increment) column.
	 */
	abstract String identity();

	/**
	 * Creates a table, its primary key and constraints inline, then its comments.
	 */
	void createTable(Operation.CreateTable operation, List<String> statements) {
		Table table = operation.table();
		List<String> parts = new ArrayList<>();
		for (Column column : table.columns()) {
			parts.add(columnDefinition(column, operation));
		}
		List<String> keyColumns = table.columns().stream().filter(Column::primaryKey).map(Column::name).toList();
		boolean declaredKey = table.constraints().stream().anyMatch(Constraint.PrimaryKey.class::isInstance);
		if (!keyColumns.isEmpty() && declaredKey) {
			throw new IllegalArgumentException("Table " + table.name()
					+ " marks columns as its primary key and also declares a primary key constraint; give one of them");
		}
		if (!keyColumns.isEmpty()) {
			parts.add("PRIMARY KEY (" + names(keyColumns) + ")");
		}
		for (Constraint constraint : table.constraints()) {
			parts.add(constraint(operation, constraint));
		}
		statements.add("CREATE TABLE " + name(table.name()) + " (\n\t" + String.join(",\n\t", parts) + "\n)"
				+ tableOptions(table));
		if (!inlineComments()) {
			table.comment().ifPresent((comment) -> statements.add(commentOnTable(table.name(), comment)));
			for (Column column : table.columns()) {
				column.comment()
					.ifPresent((comment) -> statements.add(commentOnColumn(table.name(), column.name(), comment)));
			}
		}
	}

	/**
	 * Tells whether comments are part of table and column definitions (MariaDB) rather than
	 * {@code COMMENT ON} statements of their own.
	 */
	boolean inlineComments() {
		return false;
	}

	/**
	 * Returns what follows a {@code CREATE TABLE}'s column list.
	 */
	String tableOptions(Table table) {
		return "";
	}

	/**
	 * Adds a column, then its comment.
	 */
	void addColumn(Operation.AddColumn add, List<String> statements) {
		String definition = columnDefinition(add.column(), add);
		if (add.column().primaryKey()) {
			definition += " PRIMARY KEY";
		}
		statements.add(alterTable(add.table()) + "ADD COLUMN " + definition);
		if (!inlineComments()) {
			add.column()
				.comment()
				.ifPresent((comment) -> statements.add(commentOnColumn(add.table(), add.column().name(), comment)));
		}
	}

	/**
	 * Writes a column's definition: name, type, identity, default and nullability.
	 */
	String columnDefinition(Column column, Operation operation) {
		StringBuilder definition = new StringBuilder(name(column.name())).append(' ')
			.append(typeName(column.type(), operation));
		if (column.autoIncrement()) {
			requireInteger(column.type(), column.name(), operation);
			definition.append(' ').append(identity());
		}
		column.defaultValue()
			.ifPresent((value) -> definition.append(" DEFAULT ").append(defaultValue(value, Optional.of(column.type()))));
		if (!column.nullable()) {
			definition.append(" NOT NULL");
		}
		return definition.toString();
	}

	/**
	 * Changes a column with one statement per change: type, nullability, default, comment, and
	 * the name last, so that the other statements still find the column by its old name.
	 */
	void alterColumn(Operation.AlterColumn alter, List<String> statements) {
		String prefix = alterTable(alter.table()) + "ALTER COLUMN " + name(alter.column()) + " ";
		alter.type().ifPresent((type) -> statements.add(prefix + changeType(alter, type)));
		alter.nullable().ifPresent((nullable) -> statements.add(prefix + (nullable ? "DROP NOT NULL" : "SET NOT NULL")));
		alter.defaultChange()
			.ifPresent((change) -> statements.add(prefix + change.value()
				.map((value) -> "SET DEFAULT " + defaultValue(value, typeOf(alter)))
				.orElse("DROP DEFAULT")));
		alter.comment().ifPresent((comment) -> statements.add(commentOnColumn(alter.table(), alter.column(), comment)));
		alter.newName().ifPresent((newName) -> statements.add(renameColumn(alter, newName)));
	}

	/**
	 * Writes the clause of {@code ALTER COLUMN} that changes a column's type.
	 */
	abstract String changeType(Operation.AlterColumn alter, ColumnType type);

	/**
	 * Writes the statement that renames a column.
	 */
	String renameColumn(Operation.AlterColumn alter, String newName) {
		return alterTable(alter.table()) + "RENAME COLUMN " + name(alter.column()) + " TO " + name(newName);
	}

	String renameTable(Operation.RenameTable rename) {
		return alterTable(rename.table()) + "RENAME TO " + name(rename.newName());
	}

	String createIndex(Operation.CreateIndex create) {
		Index index = create.index();
		return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + name(index.name()) + " ON "
				+ name(index.table()) + " (" + names(index.columns()) + ")"
				+ index.where().map((condition) -> " WHERE " + partialIndex(create, condition)).orElse("");
	}

	/**
	 * Writes the condition of a partial index, or refuses it where the database has none.
	 */
	String partialIndex(Operation.CreateIndex create, String condition) {
		throw unsupported(create, "it has no partial indexes (WHERE " + condition + ")");
	}

	String dropIndex(Operation.DropIndex drop) {
		return "DROP INDEX " + name(drop.name());
	}

	String dropConstraint(Operation.DropConstraint drop) {
		return alterTable(drop.table()) + "DROP CONSTRAINT " + name(drop.name());
	}

	String createSequence(Operation.CreateSequence create) {
		Sequence sequence = create.sequence();
		return "CREATE SEQUENCE " + name(sequence.name()) + " START WITH " + sequence.start() + " INCREMENT BY "
				+ sequence.increment();
	}

	String dropSequence(Operation.DropSequence drop) {
		return "DROP SEQUENCE " + name(drop.name());
	}

	/**
	 * Creates a named enum type; only PostgreSQL has them, the others write enums inline.
	 */
	void createEnumType(Operation.CreateEnumType create, List<String> statements) {
	}

	/**
	 * Drops a named enum type; only PostgreSQL has them.
	 */
	void dropEnumType(Operation.DropEnumType drop, List<String> statements) {
	}

	String commentOnTable(String table, String comment) {
		return "COMMENT ON TABLE " + name(table) + " IS " + commentText(comment);
	}

	String commentOnColumn(String table, String column, String comment) {
		return "COMMENT ON COLUMN " + name(table) + "." + name(column) + " IS " + commentText(comment);
	}

	/**
	 * Writes a comment's text, {@code NULL} for an empty one, which removes the comment.
	 */
	String commentText(String comment) {
		return comment.isEmpty() ? "NULL" : this.dialect.stringLiteral(comment);
	}

	/**
	 * Writes a table constraint, named when it has a name.
	 */
	String constraint(Operation operation, Constraint constraint) {
		String named = constraint.name().map((name) -> "CONSTRAINT " + name(name) + " ").orElse("");
		if (constraint instanceof Constraint.PrimaryKey key) {
			return named + "PRIMARY KEY (" + names(key.columns()) + ")";
		}
		if (constraint instanceof Constraint.Unique unique) {
			return named + "UNIQUE (" + names(unique.columns()) + ")";
		}
		if (constraint instanceof Constraint.Check check) {
			return named + "CHECK (" + check.condition() + ")";
		}
		Constraint.ForeignKey key = (Constraint.ForeignKey) constraint;
		StringBuilder sql = new StringBuilder(named).append("FOREIGN KEY (")
			.append(names(key.columns()))
			.append(") REFERENCES ")
			.append(name(key.referencedTable()))
			.append(" (")
			.append(names(key.referencedColumns()))
			.append(')');
		if (key.onDelete() != Constraint.ReferentialAction.NO_ACTION) {
			sql.append(" ON DELETE ").append(action(operation, key.onDelete()));
		}
		if (key.onUpdate() != Constraint.ReferentialAction.NO_ACTION) {
			sql.append(" ON UPDATE ").append(action(operation, key.onUpdate()));
		}
		return sql.toString();
	}

	/**
	 * Writes a referential action.
	 */
	String action(Operation operation, Constraint.ReferentialAction action) {
		return action.name().replace('_', ' ');
	}

	/**
	 * Writes a server default for a column of a type, when the type is known.
	 */
	String defaultValue(DefaultValue value, Optional<ColumnType> type) {
		return defaultValue(value);
	}

	String defaultValue(DefaultValue value) {
		if (value instanceof DefaultValue.Expression expression) {
			return expression.sql();
		}
		return this.dialect.literal(((DefaultValue.Literal) value).value());
	}

	String bulkInsert(Operation.BulkInsert insert) {
		return "INSERT INTO " + name(insert.table()) + " (" + names(insert.columns()) + ") VALUES ("
				+ insert.columns().stream().map((column) -> "?").collect(Collectors.joining(", ")) + ")";
	}

	String alterTable(String table) {
		return "ALTER TABLE " + name(table) + " ";
	}

	String name(String identifier) {
		return this.dialect.identifier(identifier);
	}

	String names(List<String> identifiers) {
		return identifiers.stream().map(this::name).collect(Collectors.joining(", "));
	}

	void requireInteger(ColumnType type, String column, Operation operation) {
		if (type.kind() != ColumnType.Kind.INTEGER && type.kind() != ColumnType.Kind.BIGINT
				&& type.kind() != ColumnType.Kind.SMALLINT) {
			throw new IllegalArgumentException("Column " + column + " in " + OperationDescriptions.describe(operation)
					+ " generates its values, which needs an integer type, not " + type.kind());
		}
	}

	/**
	 * Returns the error for a change this database cannot make.
	 */
	UnsupportedOperationException unsupported(Operation operation, String why) {
		return new UnsupportedOperationException(
				this.dialect.displayName() + " cannot " + OperationDescriptions.describe(operation) + ": " + why);
	}

	/**
	 * Returns the enum types a table or column uses, in order.
	 */
	static List<ColumnType.Enum> enumTypes(List<Column> columns) {
		List<ColumnType.Enum> types = new ArrayList<>();
		for (Column column : columns) {
			if (column.type() instanceof ColumnType.Enum type && !types.contains(type)) {
				types.add(type);
			}
		}
		return types;
	}

	/**
	 * Writes an enum's values as a list of string literals.
	 */
	String enumValues(ColumnType.Enum type) {
		return type.values().stream().map(this.dialect::stringLiteral).collect(Collectors.joining(", "));
	}

	static Optional<ColumnType> typeOf(Operation.AlterColumn alter) {
		return alter.type().or(alter::existingType);
	}

}
