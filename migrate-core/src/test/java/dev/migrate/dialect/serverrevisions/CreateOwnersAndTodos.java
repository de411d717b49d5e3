package dev.migrate.dialect.serverrevisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.migrate.ops.Constraint.ReferentialAction;
import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.bigint;
import static dev.migrate.ops.Schema.check;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.date;
import static dev.migrate.ops.Schema.enumType;
import static dev.migrate.ops.Schema.foreignKey;
import static dev.migrate.ops.Schema.smallint;
import static dev.migrate.ops.Schema.table;
import static dev.migrate.ops.Schema.unique;
import static dev.migrate.ops.Schema.varchar;

/**
 * Owners and their todos: an enum type, identity keys, comments, defaults, a unique constraint,
 * a check, a foreign key, an index and rows.
 */
@Revision(id = "5e2000000001", message = "Create owners and todos", createDate = "2026-11-22 10:00:00.000000")
public class CreateOwnersAndTodos implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createEnumType("todo_state", "open", "closed");
		op.createTable(table("owners", column("id", bigint()).asPrimaryKey().autoIncrementing(),
				column("email", varchar(100)).notNull().withComment("Where to write"),
				unique("uq_owners_email", "email")).withComment("People with todos"));
		op.createTable("todos", column("id", bigint()).asPrimaryKey().autoIncrementing(),
				column("owner_id", bigint()).notNull(), column("title", varchar(200)).notNull(),
				column("state", enumType("todo_state", "open", "closed")).notNull().withDefault("open"),
				column("priority", smallint()).withDefault(3), column("due", date()),
				check("ck_todos_priority", "priority BETWEEN 1 AND 5"),
				foreignKey("fk_todos_owner", "owner_id", "owners", "id").onDelete(ReferentialAction.CASCADE));
		op.createIndex("ix_todos_due", "todos", "due", "priority");
		op.bulkInsert("owners", List.of(Map.of("id", 1, "email", "o'brien@example.com"),
				Map.of("id", 2, "email", "back\\slash@example.com")));
		op.bulkInsert("todos", List.of(Map.of("id", 1, "owner_id", 1, "title", "milk", "state", "closed")));
		op.execute("INSERT INTO todos (id, owner_id, title, due) VALUES (?, ?, ?, ?)", 2, 2, "what? 'eggs'",
				LocalDate.of(2027, 2, 3));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropIndex("ix_todos_due", "todos");
		op.dropTable("todos");
		op.dropTable("owners");
		op.dropEnumType("todo_state");
	}

}
