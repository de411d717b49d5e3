package dev.migrate.runtime.chain.common;

import dev.migrate.ops.DefaultValue;
import dev.migrate.ops.Migration;
import dev.migrate.ops.Operation.ConstraintKind;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.bool;
import static dev.migrate.ops.Schema.check;
import static dev.migrate.ops.Schema.timestamp;
import static dev.migrate.ops.Schema.varchar;

/**
 * Changes a table that holds rows in a batch: a column's type, name, comment, nullability and
 * default, a check constraint and an index. SQLite rebuilds the table; the others alter it in
 * place.
 */
@Revision(id = "chain05", revises = "chain04", message = "Reshape customers")
public class ReshapeCustomers implements Migration {

	private static final DefaultValue NOW = new DefaultValue.Expression("CURRENT_TIMESTAMP");

	private static final DefaultValue NONE = new DefaultValue.Literal("none");

	@Override
	public void upgrade(Operations op) {
		op.batchAlterTable("customers", (batch) -> {
			batch.alterColumn("display_name",
					(c) -> c.type(varchar(300)).existingType(varchar(200)).existingNullable(true));
			batch.alterColumn("active", (c) -> c.rename("is_active").existingType(bool()).existingNullable(false)
				.existingDefault(new DefaultValue.Literal(true)));
			batch.alterColumn("email",
					(c) -> c.comment("Login address").existingType(varchar(200)).existingNullable(false));
			batch.alterColumn("created_at",
					(c) -> c.nullable(false).existingType(timestamp()).existingNullable(true).existingDefault(NOW));
			batch.alterColumn("legacy_code",
					(c) -> c.dropDefault().existingType(varchar(10)).existingNullable(true).existingDefault(NONE));
			batch.createConstraint(check("ck_customers_display", "display_name <> ''"));
			batch.createIndex("ix_customers_display", false, "display_name");
		});
	}

	@Override
	public void downgrade(Operations op) {
		op.batchAlterTable("customers", (batch) -> {
			batch.dropIndex("ix_customers_display");
			batch.dropConstraint("ck_customers_display", ConstraintKind.CHECK);
			batch.alterColumn("legacy_code",
					(c) -> c.defaultValue(NONE).existingType(varchar(10)).existingNullable(true));
			batch.alterColumn("created_at",
					(c) -> c.nullable(true).existingType(timestamp()).existingNullable(false).existingDefault(NOW));
			batch.alterColumn("email", (c) -> c.comment("").existingType(varchar(200)).existingNullable(false)
				.existingComment("Login address"));
			batch.alterColumn("is_active", (c) -> c.rename("active").existingType(bool()).existingNullable(false)
				.existingDefault(new DefaultValue.Literal(true)));
			batch.alterColumn("display_name",
					(c) -> c.type(varchar(200)).existingType(varchar(300)).existingNullable(true));
		});
	}

}
