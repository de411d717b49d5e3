package dev.migrate.runtime.chain.partial;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.index;

/**
 * Creates a partial index; the downgrade drops it.
 */
@Revision(id = "partial1", revises = "chain07", branchLabels = "partial", message = "Index open purchases")
public class IndexOpenPurchases implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createIndex(index("ix_purchases_open", "purchases", "customer_id").where("status = 'new'"));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropIndex("ix_purchases_open", "purchases");
	}

}
