package dev.migrate.dialect.sqliterevisions;

import java.util.List;
import java.util.Map;

import dev.migrate.ops.Constraint;
import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.bigint;
import static dev.migrate.ops.Schema.bool;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.enumType;
import static dev.migrate.ops.Schema.foreignKey;
import static dev.migrate.ops.Schema.index;
import static dev.migrate.ops.Schema.unique;
import static dev.migrate.ops.Schema.varchar;

/**
 * Users and their todos, with a unique constraint, a foreign key, an enum and a partial index.
 */
@Revision(id = "5e1000000001", message = "Create users and todos", createDate = "2026-11-22 10:00:00.000000")
public class CreateUsersAndTodos implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("users", column("id", bigint()).asPrimaryKey().autoIncrementing(),
				column("name", varchar(50)).notNull(), unique("uq_users_name", "name"));
		op.createTable("todos", column("id", bigint()).asPrimaryKey().autoIncrementing(),
				column("user_id", bigint()).notNull(), column("title", varchar(100)).notNull(),
				column("done", bool()).notNull().withDefault(false),
				column("state", enumType("todo_state", "open", "closed")).notNull().withDefault("open"),
				foreignKey("fk_todos_user", "user_id", "users", "id").onDelete(Constraint.ReferentialAction.CASCADE));
		op.createIndex(index("ix_todos_open", "todos", "title").where("done = 0"));
		op.bulkInsert("users", List.of(Map.of("id", 1, "name", "ann's")));
		op.bulkInsert("todos", List.of(Map.of("id", 1, "user_id", 1, "title", "milk")));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("todos");
		op.dropTable("users");
	}

}
