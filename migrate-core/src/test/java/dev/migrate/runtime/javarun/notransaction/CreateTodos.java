package dev.migrate.runtime.javarun.notransaction;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.integer;
import static dev.migrate.ops.Schema.varchar;

/**
 * Creates a table, in a transaction.
 */
@Revision(id = "notx1", message = "Create todos")
public class CreateTodos implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("todos", column("id", integer()).asPrimaryKey(), column("title", varchar(100)));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("todos");
	}

}
