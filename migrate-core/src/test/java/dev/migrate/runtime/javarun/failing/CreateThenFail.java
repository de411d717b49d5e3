package dev.migrate.runtime.javarun.failing;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.integer;

/**
 * Creates a table, fills it, then fails in its third operation.
 */
@Revision(id = "fail1", message = "Create then fail")
public class CreateThenFail implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("f_one", column("id", integer()));
		op.execute("INSERT INTO f_one (id) VALUES (?)", 1);
		op.execute("INSERT INTO missing_table (id) VALUES (?)", 1);
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("f_one");
	}

}
