package dev.migrate.runtime.chain.common;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.varchar;

/**
 * Adds columns, one with a default, and fills one with plain SQL; the downgrade drops them.
 */
@Revision(id = "chain04", revises = "chain03", message = "Add display name")
public class AddDisplayName implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("customers", column("display_name", varchar(200)));
		op.addColumn("customers", column("legacy_code", varchar(10)).withDefault("none"));
		op.execute("UPDATE customers SET display_name = name");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropColumn("customers", "legacy_code");
		op.dropColumn("customers", "display_name");
	}

}
