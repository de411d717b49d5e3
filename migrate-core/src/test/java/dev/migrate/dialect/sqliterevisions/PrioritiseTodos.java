package dev.migrate.dialect.sqliterevisions;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.check;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.integer;
import static dev.migrate.ops.Schema.text;
import static dev.migrate.ops.Schema.varchar;

/**
 * Changes todos in a batch (a type, a nullability, a not-null column, a check) and in place.
 */
@Revision(id = "5e1000000002", revises = "5e1000000001", message = "Prioritise todos",
		createDate = "2026-11-22 10:01:00.000000")
public class PrioritiseTodos implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.batchAlterTable("todos", (batch) -> {
			batch.alterColumn("title", (c) -> c.type(varchar(400)).nullable(true).existingType(varchar(100)));
			batch.addColumn(column("priority", integer()).notNull().withDefault(3));
			batch.createConstraint(check("ck_todos_priority", "priority BETWEEN 1 AND 5"));
		});
		op.addColumn("todos", column("note", text()));
		op.alterColumn("todos", "note", (c) -> c.rename("remark"));
	}

	@Override
	public void downgrade(Operations op) {
		op.alterColumn("todos", "remark", (c) -> c.rename("note"));
		op.dropColumn("todos", "note");
		op.batchAlterTable("todos", (batch) -> {
			batch.dropConstraint("ck_todos_priority", Operation.ConstraintKind.CHECK);
			batch.dropColumn("priority");
			batch.alterColumn("title", (c) -> c.type(varchar(100)).nullable(false).existingType(varchar(400)));
		});
	}

}
