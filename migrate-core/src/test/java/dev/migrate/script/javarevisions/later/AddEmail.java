package dev.migrate.script.javarevisions.later;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.varchar;

/**
 * A Java revision in a sub-package, outside transactions, without a downgrade.
 */
@Revision(id = "b2", revises = "a1b2c3d4e5f6", message = "Add email", branchLabels = "accounts",
		transactional = false)
public class AddEmail implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("accounts", column("email", varchar(200)));
	}

}
