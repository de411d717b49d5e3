package dev.migrate.runtime.chain.common;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;
import dev.migrate.ops.Table;

import static dev.migrate.ops.Schema.bigint;
import static dev.migrate.ops.Schema.binary;
import static dev.migrate.ops.Schema.blob;
import static dev.migrate.ops.Schema.bool;
import static dev.migrate.ops.Schema.check;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.date;
import static dev.migrate.ops.Schema.doublePrecision;
import static dev.migrate.ops.Schema.integer;
import static dev.migrate.ops.Schema.json;
import static dev.migrate.ops.Schema.real;
import static dev.migrate.ops.Schema.smallint;
import static dev.migrate.ops.Schema.table;
import static dev.migrate.ops.Schema.time;
import static dev.migrate.ops.Schema.timestamp;
import static dev.migrate.ops.Schema.timestampWithTimeZone;
import static dev.migrate.ops.Schema.unique;
import static dev.migrate.ops.Schema.uuid;
import static dev.migrate.ops.Schema.varchar;

/**
 * Creates a table with a primary key, a unique and a check constraint, a default, comments, and
 * a scratch table with a column of every other portable type.
 */
@Revision(id = "chain01", message = "Create customers")
public class CreateCustomers implements Migration {

	/**
	 * Returns the scratch table, which {@link DropScratch} drops and creates again.
	 * @return the table
	 */
	static Table scratch() {
		return table("scratch", column("id", integer()).asPrimaryKey(), column("small", smallint()),
				column("ratio", doublePrecision()), column("score", real()), column("born", date()),
				column("alarm", time()), column("seen_at", timestampWithTimeZone()), column("token", uuid()),
				column("doc", json()), column("digest", binary(16)), column("payload", blob()));
	}

	@Override
	public void upgrade(Operations op) {
		op.createTable(table("customers", column("id", bigint()).asPrimaryKey(),
				column("email", varchar(200)).notNull(), column("name", varchar(100)).withComment("Full name"),
				column("active", bool()).notNull().withDefault(true),
				column("created_at", timestamp()).withDefaultExpression("CURRENT_TIMESTAMP"),
				unique("uq_customers_email", "email"), check("ck_customers_name", "name <> ''"))
			.withComment("People who place orders"));
		op.createTable(scratch());
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("scratch");
		op.dropTable("customers");
	}

}
