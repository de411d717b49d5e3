package dev.migrate.runtime.chain.inplace;

import dev.migrate.ops.DefaultValue;
import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.numeric;
import static dev.migrate.ops.Schema.varchar;

/**
 * Alters columns in place, outside a batch: type, nullability and default, name and comment.
 */
@Revision(id = "inplace2", revises = "inplace1", message = "Alter invoices")
public class AlterInvoices implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.alterColumn("invoices", "memo", (c) -> c.type(varchar(200)).existingType(varchar(50)).existingNullable(true));
		op.alterColumn("invoices", "amount",
				(c) -> c.nullable(false).defaultValue(0).existingType(numeric(12, 2)).existingNullable(true));
		op.alterColumn("invoices", "memo",
				(c) -> c.rename("remark").comment("Free text").existingType(varchar(200)).existingNullable(true));
	}

	@Override
	public void downgrade(Operations op) {
		op.alterColumn("invoices", "remark", (c) -> c.rename("memo").comment("").existingType(varchar(200))
			.existingNullable(true).existingComment("Free text"));
		op.alterColumn("invoices", "amount", (c) -> c.nullable(true).dropDefault().existingType(numeric(12, 2))
			.existingNullable(false).existingDefault(new DefaultValue.Literal(0)));
		op.alterColumn("invoices", "memo", (c) -> c.type(varchar(50)).existingType(varchar(200)).existingNullable(true));
	}

}
