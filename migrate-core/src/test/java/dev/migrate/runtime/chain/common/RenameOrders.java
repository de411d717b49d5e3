package dev.migrate.runtime.chain.common;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

/**
 * Renames a table that holds rows, a foreign key and indexes.
 */
@Revision(id = "chain06", revises = "chain05", message = "Rename orders")
public class RenameOrders implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.renameTable("orders", "purchases");
	}

	@Override
	public void downgrade(Operations op) {
		op.renameTable("purchases", "orders");
	}

}
