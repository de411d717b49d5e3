package dev.migrate.javarevisions;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.bigint;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.varchar;

/**
 * Creates a table of notes.
 */
@Revision(id = "7a1c0de5b001", message = "Create notes")
public class CreateNotes implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("notes", column("id", bigint()).asPrimaryKey(), column("text", varchar(200)).notNull());
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("notes");
	}

}
