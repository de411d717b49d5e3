package dev.migrate.ops;

import java.util.Optional;

/**
 * Describes {@link Operation}s in a few words for messages, such as
 * {@code add column priority to todos}, and names the one table a change to a table works on.
 */
public final class OperationDescriptions {

	private OperationDescriptions() {
	}

	/**
	 * Describes an operation as its author wrote it.
	 * @param operation the operation
	 * @return for example {@code drop constraint todos_priority_ck of todos}
	 */
	public static String describe(Operation operation) {
		if (operation instanceof Operation.CreateTable create) {
			return "create table " + create.table().name();
		}
		if (operation instanceof Operation.DropTable drop) {
			return "drop table " + drop.table();
		}
		if (operation instanceof Operation.RenameTable rename) {
			return "rename table " + rename.table() + " to " + rename.newName();
		}
		if (operation instanceof Operation.AddColumn add) {
			return "add column " + add.column().name() + " to " + add.table();
		}
		if (operation instanceof Operation.DropColumn drop) {
			return "drop column " + drop.column() + " of " + drop.table();
		}
		if (operation instanceof Operation.AlterColumn alter) {
			return "alter column " + alter.column() + " of " + alter.table();
		}
		if (operation instanceof Operation.CreateIndex create) {
			return "create index " + create.index().name() + " on " + create.index().table();
		}
		if (operation instanceof Operation.DropIndex drop) {
			return "drop index " + drop.name() + " on " + drop.table();
		}
		if (operation instanceof Operation.CreateConstraint create) {
			return "create " + kind(create.constraint()) + " " + create.constraint().name().orElse("") + " on "
					+ create.table();
		}
		if (operation instanceof Operation.DropConstraint drop) {
			return "drop constraint " + drop.name() + " of " + drop.table();
		}
		if (operation instanceof Operation.CreateSequence create) {
			return "create sequence " + create.sequence().name();
		}
		if (operation instanceof Operation.DropSequence drop) {
			return "drop sequence " + drop.name();
		}
		if (operation instanceof Operation.CreateEnumType create) {
			return "create enum type " + create.type().name();
		}
		if (operation instanceof Operation.DropEnumType drop) {
			return "drop enum type " + drop.name();
		}
		if (operation instanceof Operation.ExecuteSql) {
			return "execute";
		}
		if (operation instanceof Operation.BulkInsert insert) {
			return "bulk insert of " + insert.rows().size() + " rows into " + insert.table();
		}
		if (operation instanceof Operation.RunJdbc run) {
			return "run JDBC work " + workName(run.description());
		}
		if (operation instanceof Operation.BatchAlterTable batch) {
			return "batch alter table " + batch.table() + " (recreate " + batch.recreate() + ")";
		}
		return operation.getClass().getSimpleName();
	}

	/**
	 * Returns the table a change of one table's columns, constraints or indexes works on.
	 * @param operation the operation
	 * @return the table; empty for operations of other kinds
	 */
	public static Optional<String> tableChanged(Operation operation) {
		if (operation instanceof Operation.AddColumn add) {
			return Optional.of(add.table());
		}
		if (operation instanceof Operation.DropColumn drop) {
			return Optional.of(drop.table());
		}
		if (operation instanceof Operation.AlterColumn alter) {
			return Optional.of(alter.table());
		}
		if (operation instanceof Operation.CreateConstraint create) {
			return Optional.of(create.table());
		}
		if (operation instanceof Operation.DropConstraint drop) {
			return Optional.of(drop.table());
		}
		if (operation instanceof Operation.CreateIndex create) {
			return Optional.of(create.index().table());
		}
		if (operation instanceof Operation.DropIndex drop) {
			return Optional.of(drop.table());
		}
		return Optional.empty();
	}

	/**
	 * Returns the name of the class that defines some JDBC work: a lambda's synthetic class
	 * name is cut back to the class that wrote the lambda.
	 */
	private static String workName(String description) {
		int lambda = description.indexOf("$$Lambda");
		return (lambda >= 0) ? "in " + description.substring(0, lambda) : description;
	}

	private static String kind(Constraint constraint) {
		if (constraint instanceof Constraint.PrimaryKey) {
			return "primary key";
		}
		if (constraint instanceof Constraint.Unique) {
			return "unique constraint";
		}
		if (constraint instanceof Constraint.Check) {
			return "check constraint";
		}
		return "foreign key";
	}

}
