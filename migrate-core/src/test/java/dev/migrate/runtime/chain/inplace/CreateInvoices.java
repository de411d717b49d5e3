package dev.migrate.runtime.chain.inplace;

import dev.migrate.ops.Constraint.ReferentialAction;
import dev.migrate.ops.Migration;
import dev.migrate.ops.Operation.ConstraintKind;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.bigint;
import static dev.migrate.ops.Schema.check;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.foreignKey;
import static dev.migrate.ops.Schema.numeric;
import static dev.migrate.ops.Schema.unique;
import static dev.migrate.ops.Schema.varchar;

/**
 * Adds unique, check and foreign-key constraints to an existing table; the downgrade drops them.
 */
@Revision(id = "inplace1", revises = "chain07", branchLabels = "inplace", message = "Create invoices")
public class CreateInvoices implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("invoices", column("id", bigint()).asPrimaryKey(), column("customer_id", bigint()),
				column("amount", numeric(12, 2)), column("memo", varchar(50)));
		op.createConstraint("invoices", unique("uq_invoices_customer", "customer_id"));
		op.createConstraint("invoices", check("ck_invoices_amount", "amount >= 0"));
		op.createConstraint("invoices", foreignKey("fk_invoices_customer", "customer_id", "customers", "id")
			.onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.CASCADE));
	}

	@Override
	public void downgrade(Operations op) {
		// the foreign key first: MariaDB uses the unique constraint's index for it
		op.dropConstraint("invoices", "fk_invoices_customer", ConstraintKind.FOREIGN_KEY);
		op.dropConstraint("invoices", "ck_invoices_amount", ConstraintKind.CHECK);
		op.dropConstraint("invoices", "uq_invoices_customer", ConstraintKind.UNIQUE);
		op.dropTable("invoices");
	}

}
