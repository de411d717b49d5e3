package dev.migrate.dialect.sqliterevisions;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.varchar;

/**
 * Rebuilds users, which todos reference, every time.
 */
@Revision(id = "5e1000000003", revises = "5e1000000002", message = "Relax user names",
		createDate = "2026-11-22 10:02:00.000000")
public class RelaxUserNames implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.batchAlterTable("users", Operation.Recreate.ALWAYS,
				(batch) -> batch.alterColumn("name", (c) -> c.type(varchar(200)).nullable(true)));
	}

	@Override
	public void downgrade(Operations op) {
		op.batchAlterTable("users", Operation.Recreate.ALWAYS,
				(batch) -> batch.alterColumn("name", (c) -> c.type(varchar(50)).nullable(false)));
	}

}
