package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.Column;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationDescriptions;

/**
 * Renders operations as SQLite SQL. What SQLite's {@code ALTER TABLE} can do runs in place:
 * creating, dropping and renaming tables, adding a column that needs no rebuild, dropping a
 * column no index or constraint uses, renaming a column, indexes. The rest (changing a column's
 * type, nullability or default, adding or dropping constraints) needs a
 * {@linkplain Operation.BatchAlterTable batch}, which {@link SqliteTableRebuild rebuilds} the
 * table; outside a batch such an operation fails with a message that says so. SQLite has no
 * sequences, no comments (they are left out, as Alembic does) and no enum types (an enum column
 * is a string column with a check constraint).
 */
final class SqliteOperationRenderer implements OperationRenderer {

	private final Dialect dialect;

	private final SqliteDdl ddl;

	private final SqliteTables tables;

	private final SqliteTableRebuild rebuild;

	SqliteOperationRenderer(Dialect dialect, SqliteTables tables) {
		this.dialect = dialect;
		this.ddl = new SqliteDdl(dialect);
		this.tables = tables;
		this.rebuild = new SqliteTableRebuild(dialect, tables);
	}

	@Override
	public List<SqlCommand> render(Operation operation) {
		List<SqlCommand> commands = (operation instanceof Operation.BatchAlterTable batch) ? batch(batch)
				: single(operation);
		this.tables.applied(operation);
		return commands;
	}

	private List<SqlCommand> single(Operation operation) {
		SqliteTable table = (operation instanceof Operation.DropColumn drop) ? this.tables.find(drop.table()).orElse(null)
				: null;
		String reason = rebuildReason(operation, table);
		if (reason != null) {
			String name = OperationDescriptions.tableChanged(operation).orElse("");
			throw new UnsupportedOperationException("SQLite's ALTER TABLE cannot " + reason + " of table " + name
					+ "; put the change in op.batchAlterTable(\"" + name + "\", batch -> ...), which rebuilds the table");
		}
		return inPlace(operation);
	}

	private List<SqlCommand> batch(Operation.BatchAlterTable batch) {
		if (batch.recreate() == Operation.Recreate.ALWAYS) {
			return this.rebuild.rebuild(this.tables.require(batch.table()), batch.operations());
		}
		SqliteTable table = this.tables.find(batch.table()).orElse(null);
		List<String> reasons = new ArrayList<>();
		for (Operation operation : batch.operations()) {
			if (operation instanceof Operation.DropColumn && table == null) {
				table = this.tables.require(batch.table());
			}
			String reason = rebuildReason(operation, table);
			if (reason != null) {
				reasons.add(reason);
			}
			if (table != null) {
				table = table.changedBy(operation, this.dialect);
			}
		}
		if (reasons.isEmpty()) {
			List<SqlCommand> commands = new ArrayList<>();
			batch.operations().forEach((operation) -> commands.addAll(inPlace(operation)));
			return commands;
		}
		if (batch.recreate() == Operation.Recreate.NEVER) {
			throw new UnsupportedOperationException("The batch on table " + batch.table()
					+ " says Recreate.NEVER, but SQLite's ALTER TABLE cannot " + String.join(", nor ", reasons)
					+ "; let the batch rebuild the table (Recreate.AUTO)");
		}
		return this.rebuild.rebuild(this.tables.require(batch.table()), batch.operations());
	}

	/**
	 * Returns why an operation needs the table rebuilt, or null when {@code ALTER TABLE} can make
	 * it; {@code table} is the table as it is, when known.
	 */
	private @Nullable String rebuildReason(Operation operation, @Nullable SqliteTable table) {
		if (operation instanceof Operation.AddColumn add) {
			return addColumnReason(add.column());
		}
		if (operation instanceof Operation.DropColumn drop && table != null) {
			List<String> uses = table.usesOf(drop.column());
			return uses.isEmpty() ? null : "drop column " + drop.column() + ", which " + String.join(" and ", uses)
					+ " use" + (uses.size() == 1 ? "s" : "");
		}
		if (operation instanceof Operation.AlterColumn alter) {
			List<String> changes = new ArrayList<>();
			alter.type().ifPresent((type) -> changes.add("type"));
			alter.nullable().ifPresent((nullable) -> changes.add("nullability"));
			alter.defaultChange().ifPresent((change) -> changes.add("default"));
			return changes.isEmpty() ? null
					: "change the " + String.join(", ", changes) + " of column " + alter.column();
		}
		if (operation instanceof Operation.CreateConstraint create) {
			return "add the " + kind(create.constraint()) + " " + create.constraint().name().orElse("");
		}
		if (operation instanceof Operation.DropConstraint drop) {
			return "drop the " + drop.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
					+ " constraint " + drop.name();
		}
		return null;
	}

	private @Nullable String addColumnReason(Column column) {
		if (column.primaryKey() || column.autoIncrement()) {
			return "add the primary key column " + column.name();
		}
		Optional<String> defaultSql = column.defaultValue().map((value) -> SqliteTable.sql(value, this.dialect));
		if (!column.nullable() && defaultSql.isEmpty()) {
			return "add the NOT NULL column " + column.name() + " without a default";
		}
		if (defaultSql.isPresent() && !SqliteDdl.isConstantDefault(defaultSql.get())) {
			return "add column " + column.name() + " with the non-constant default " + defaultSql.get();
		}
		return null;
	}

	private List<SqlCommand> inPlace(Operation operation) {
		if (operation instanceof Operation.CreateTable create) {
			SqliteTable table = SqliteTable.of(create.table(), this.dialect);
			return List.of(SqlCommand.of(this.ddl.createTable(table, table.name())));
		}
		if (operation instanceof Operation.DropTable drop) {
			return List.of(SqlCommand.of("DROP TABLE " + name(drop.table())));
		}
		if (operation instanceof Operation.RenameTable rename) {
			return List.of(SqlCommand.of("ALTER TABLE " + name(rename.table()) + " RENAME TO " + name(rename.newName())));
		}
		if (operation instanceof Operation.AddColumn add) {
			return List.of(SqlCommand.of("ALTER TABLE " + name(add.table()) + " ADD COLUMN "
					+ this.ddl.column(SqliteTable.column(add.column(), this.dialect), null)));
		}
		if (operation instanceof Operation.DropColumn drop) {
			return List.of(SqlCommand.of("ALTER TABLE " + name(drop.table()) + " DROP COLUMN " + name(drop.column())));
		}
		if (operation instanceof Operation.AlterColumn alter) {
			// SQLite keeps no comments; a change of the comment alone renders nothing
			return alter.newName()
				.map((newName) -> List.of(SqlCommand.of("ALTER TABLE " + name(alter.table()) + " RENAME COLUMN "
						+ name(alter.column()) + " TO " + name(newName))))
				.orElse(List.of());
		}
		if (operation instanceof Operation.CreateIndex create) {
			SqliteIndex index = new SqliteIndex(create.index().name(), create.index().columns(), create.index().unique(),
					create.index().where(), Optional.empty());
			return List.of(SqlCommand.of(this.ddl.createIndex(index, create.index().table())));
		}
		if (operation instanceof Operation.DropIndex drop) {
			return List.of(SqlCommand.of("DROP INDEX " + name(drop.name())));
		}
		if (operation instanceof Operation.CreateSequence || operation instanceof Operation.DropSequence) {
			String sequence = (operation instanceof Operation.CreateSequence create) ? create.sequence().name()
					: ((Operation.DropSequence) operation).name();
			throw new UnsupportedOperationException("SQLite has no sequences, so sequence " + sequence
					+ " cannot be created or dropped; an INTEGER PRIMARY KEY column gets its values from SQLite");
		}
		if (operation instanceof Operation.CreateEnumType || operation instanceof Operation.DropEnumType) {
			// an enum column is checked where it is declared
			return List.of();
		}
		if (operation instanceof Operation.ExecuteSql execute) {
			return List.of(new SqlCommand(execute.sql(),
					execute.parameters().isEmpty() ? List.of() : List.of(execute.parameters())));
		}
		if (operation instanceof Operation.BulkInsert insert) {
			if (insert.rows().isEmpty()) {
				return List.of();
			}
			String columns = insert.columns().stream().map(this::name).collect(Collectors.joining(", "));
			String placeholders = String.join(", ", Collections.nCopies(insert.columns().size(), "?"));
			return List.of(new SqlCommand("INSERT INTO " + name(insert.table()) + " (" + columns + ") VALUES ("
					+ placeholders + ")", insert.rows()));
		}
		if (operation instanceof Operation.RunJdbc run) {
			throw new UnsupportedOperationException("Java code (" + run.description()
					+ ") runs with the connection and cannot be rendered as SQL");
		}
		throw new UnsupportedOperationException("SQLite cannot " + rebuildReason(operation, null) + " of table "
				+ OperationDescriptions.tableChanged(operation).orElse("") + " in place; put the change in op.batchAlterTable(\"" + OperationDescriptions.tableChanged(operation).orElse("")
				+ "\", batch -> ...)");
	}

	private String name(String identifier) {
		return this.dialect.identifier(identifier);
	}

	private static String kind(Constraint constraint) {
		if (constraint instanceof Constraint.PrimaryKey) {
			return "primary key";
		}
		if (constraint instanceof Constraint.Unique) {
			return "unique constraint";
		}
		return (constraint instanceof Constraint.Check) ? "check constraint" : "foreign key";
	}


}
