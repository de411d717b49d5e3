package dev.migrate.demo.migrations;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.index;

/**
 * Indexes what the API looks things up by: a list's todos by whether they are done, and a
 * user's lists. Written with operations rather than SQL, it runs on H2, PostgreSQL, MariaDB and
 * SQLite alike, and {@code migrate upgrade base:head --sql --dialect NAME} writes it in each
 * one's SQL.
 */
@Revision(id = "be723258fd54", revises = "173a3e7b6b0d", message = "Index todos and lists for their views",
		createDate = "2026-11-22 04:15:00.000000")
public class IndexTodosAndListsForTheirViews implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createIndex(index("todos_list_done_ix", "todos", "list_id", "done"));
		op.createIndex(index("todo_lists_owner_ix", "todo_lists", "owner_id"));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropIndex("todo_lists_owner_ix", "todo_lists");
		op.dropIndex("todos_list_done_ix", "todos");
	}

}
