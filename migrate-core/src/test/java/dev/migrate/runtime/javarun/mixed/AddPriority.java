package dev.migrate.runtime.javarun.mixed;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.index;
import static dev.migrate.ops.Schema.integer;

/**
 * Changes the table an SQL revision created; an SQL revision follows it.
 */
@Revision(id = "javamid", revises = "sqlbase", message = "Add priority")
public class AddPriority implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("todos", column("priority", integer()).notNull().withDefault(0));
		op.createIndex(index("ix_todos_priority", "todos", "priority"));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropIndex("ix_todos_priority", "todos");
		op.dropColumn("todos", "priority");
	}

}
