package dev.migrate.runtime.javarun.jdbc;

import java.sql.Statement;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.integer;

/**
 * A revision whose JDBC work fails after a table was created.
 */
@Revision(id = "jdbc1", message = "Failing work")
public class FailingWork implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("j_one", column("id", integer()));
		op.run((connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("UPDATE missing_table SET id = 2");
			}
		});
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("j_one");
	}

}
