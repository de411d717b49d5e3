package dev.migrate.runtime.chain.common;

import dev.migrate.ops.Constraint.ReferentialAction;
import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.bigint;
import static dev.migrate.ops.Schema.check;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.enumType;
import static dev.migrate.ops.Schema.foreignKey;
import static dev.migrate.ops.Schema.index;
import static dev.migrate.ops.Schema.numeric;
import static dev.migrate.ops.Schema.text;
import static dev.migrate.ops.Schema.varchar;

/**
 * Creates an enum type (PostgreSQL's own; inline elsewhere), a table with an identity key, a
 * foreign key with actions and a check, a multi-column index and a unique index.
 */
@Revision(id = "chain02", revises = "chain01", message = "Create orders")
public class CreateOrders implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createEnumType("order_status", "new", "paid", "shipped");
		op.createTable("orders", column("id", bigint()).asPrimaryKey().autoIncrementing(),
				column("customer_id", bigint()).notNull(), column("reference", varchar(40)).notNull(),
				column("status", enumType("order_status", "new", "paid", "shipped")).notNull().withDefault("new"),
				column("total", numeric(10, 2)).notNull().withDefault(0), column("note", text()),
				foreignKey("fk_orders_customer", "customer_id", "customers", "id").onDelete(ReferentialAction.CASCADE)
					.onUpdate(ReferentialAction.RESTRICT),
				check("ck_orders_total", "total >= 0"));
		op.createIndex(index("ix_orders_customer_status", "orders", "customer_id", "status"));
		op.createIndex(index("ux_orders_reference", "orders", "reference").asUnique());
	}

	@Override
	public void downgrade(Operations op) {
		// the multi-column index goes with its table: MariaDB keeps it for the foreign key
		op.dropIndex("ux_orders_reference", "orders");
		op.dropTable("orders");
		op.dropEnumType("order_status");
	}

}
