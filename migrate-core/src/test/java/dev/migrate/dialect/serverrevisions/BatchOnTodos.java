package dev.migrate.dialect.serverrevisions;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operation.ConstraintKind;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.bool;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.unique;

/**
 * A batch of changes to one table, made in place.
 */
@Revision(id = "5e2000000003", revises = "5e2000000002", message = "Batch on todos",
		createDate = "2026-11-22 12:00:00.000000")
public class BatchOnTodos implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.batchAlterTable("todos", (batch) -> {
			batch.addColumn(column("done", bool()).notNull().withDefault(false));
			batch.createConstraint(unique("uq_todos_title", "title", "owner_id"));
			batch.createIndex("ix_todos_done", false, "done");
		});
		op.execute("UPDATE todos SET done = ? WHERE state = 'closed'", true);
	}

	@Override
	public void downgrade(Operations op) {
		op.batchAlterTable("todos", (batch) -> {
			batch.dropIndex("ix_todos_done");
			batch.dropConstraint("uq_todos_title", ConstraintKind.UNIQUE);
			batch.dropColumn("done");
		});
	}

}
