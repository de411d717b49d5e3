package dev.migrate.script.javarevisions;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.bigint;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.varchar;

/**
 * A base Java revision for discovery tests.
 */
@Revision(id = "a1b2c3d4e5f6", message = "Create accounts", createDate = "2026-11-21 10:00:00.000000")
public class CreateAccounts implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("accounts", column("id", bigint()).asPrimaryKey(), column("name", varchar(100)).notNull());
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("accounts");
	}

}
