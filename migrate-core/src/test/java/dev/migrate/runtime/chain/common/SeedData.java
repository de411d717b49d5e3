package dev.migrate.runtime.chain.common;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

/**
 * Inserts rows with parameterised statements (a quote and a boolean among the values) and a
 * bulk insert (a null among them), so that later revisions change tables that hold data.
 */
@Revision(id = "chain03", revises = "chain02", message = "Seed data")
public class SeedData implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.execute("INSERT INTO customers (id, email, name, active) VALUES (?, ?, ?, ?)", 1, "ada@example.com",
				"Ada Lovelace", true);
		op.execute("INSERT INTO customers (id, email, name, active) VALUES (?, ?, ?, ?)", 2, "flann@example.com",
				"Flann O'Brien", false);
		op.bulkInsert("orders", List.of(row(1, "A-1", "paid", new BigDecimal("12.50"), "first"),
				row(1, "A-2", "new", new BigDecimal("0.99"), null), row(2, "B-1", "shipped", BigDecimal.TEN, "it's")));
	}

	@Override
	public void downgrade(Operations op) {
		op.execute("DELETE FROM orders");
		op.execute("DELETE FROM customers WHERE id IN (?, ?)", 1, 2);
	}

	private static Map<String, @Nullable Object> row(int customer, String reference, String status, BigDecimal total,
			@Nullable String note) {
		Map<String, @Nullable Object> row = new LinkedHashMap<>();
		row.put("customer_id", customer);
		row.put("reference", reference);
		row.put("status", status);
		row.put("total", total);
		row.put("note", note);
		return row;
	}

}
