package dev.migrate.runtime.javarun.recording;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.integer;

/**
 * A revision that would run fine.
 */
@Revision(id = "rec1", message = "Create first")
public class CreateFirst implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("r_first", column("id", integer()));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("r_first");
	}

}
