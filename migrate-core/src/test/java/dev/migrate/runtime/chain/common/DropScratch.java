package dev.migrate.runtime.chain.common;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

/**
 * Drops a table; the downgrade creates it again as it was.
 */
@Revision(id = "chain07", revises = "chain06", message = "Drop scratch")
public class DropScratch implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.dropTable("scratch");
	}

	@Override
	public void downgrade(Operations op) {
		op.createTable(CreateCustomers.scratch());
	}

}
