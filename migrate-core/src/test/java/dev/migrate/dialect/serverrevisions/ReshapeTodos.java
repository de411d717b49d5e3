package dev.migrate.dialect.serverrevisions;

import dev.migrate.ops.DefaultValue;
import dev.migrate.ops.Migration;
import dev.migrate.ops.Operation.ConstraintKind;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;
import dev.migrate.ops.Sequence;

import static dev.migrate.ops.Schema.check;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.smallint;
import static dev.migrate.ops.Schema.text;
import static dev.migrate.ops.Schema.varchar;

/**
 * Changes columns, constraints and names, and adds a sequence.
 */
@Revision(id = "5e2000000002", revises = "5e2000000001", message = "Reshape todos",
		createDate = "2026-11-22 11:00:00.000000")
public class ReshapeTodos implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("todos", column("notes", text()).withComment("Free text"));
		op.alterColumn("todos", "title", (c) -> c.type(varchar(400)).existingNullable(false));
		op.dropConstraint("todos", "ck_todos_priority", ConstraintKind.CHECK);
		op.alterColumn("todos", "priority", (c) -> c.rename("rank")
			.nullable(false)
			.defaultValue(2)
			.existingType(smallint())
			.existingDefault(new DefaultValue.Literal(3)));
		op.createConstraint("todos", check("ck_todos_rank", "rank > 0"));
		op.createSequence(new Sequence("seq_tickets", 1000, 5));
		op.renameTable("owners", "people");
	}

	@Override
	public void downgrade(Operations op) {
		op.renameTable("people", "owners");
		op.dropSequence("seq_tickets");
		op.dropConstraint("todos", "ck_todos_rank", ConstraintKind.CHECK);
		op.alterColumn("todos", "rank", (c) -> c.rename("priority")
			.nullable(true)
			.defaultValue(3)
			.existingType(smallint())
			.existingDefault(new DefaultValue.Literal(2)));
		op.createConstraint("todos", check("ck_todos_priority", "priority BETWEEN 1 AND 5"));
		op.alterColumn("todos", "title", (c) -> c.type(varchar(200)).existingNullable(false));
		op.dropColumn("todos", "notes");
	}

}
