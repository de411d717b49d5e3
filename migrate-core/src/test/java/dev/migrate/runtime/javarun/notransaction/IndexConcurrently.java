package dev.migrate.runtime.javarun.notransaction;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

/**
 * Creates an index concurrently, which PostgreSQL refuses inside a transaction.
 */
@Revision(id = "notx2", revises = "notx1", message = "Index concurrently", transactional = false)
public class IndexConcurrently implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.execute("CREATE INDEX CONCURRENTLY ix_todos_title ON todos (title)");
	}

	@Override
	public void downgrade(Operations op) {
		op.execute("DROP INDEX CONCURRENTLY ix_todos_title");
	}

}
