package dev.migrate.runtime.javarun.durability;

import java.sql.Statement;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

/**
 * Notes the session's {@code synchronous_commit} while its own step runs.
 */
@Revision(id = "javanote", revises = "sqlbatched", message = "Note durability")
public class NoteDurability implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.run((connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("INSERT INTO notes SELECT current_setting('synchronous_commit')");
			}
		});
	}

	@Override
	public void downgrade(Operations op) {
		op.execute("DELETE FROM notes");
	}

}
