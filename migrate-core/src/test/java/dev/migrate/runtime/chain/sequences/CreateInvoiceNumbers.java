package dev.migrate.runtime.chain.sequences;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;
import dev.migrate.ops.Sequence;

/**
 * Creates a sequence; the downgrade drops it.
 */
@Revision(id = "sequence1", revises = "chain07", branchLabels = "sequences", message = "Create invoice numbers")
public class CreateInvoiceNumbers implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createSequence(new Sequence("invoice_numbers", 1000, 5));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropSequence("invoice_numbers");
	}

}
