package dev.migrate.runtime.javarun.recording;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

/**
 * A revision whose upgrade throws while it is recorded.
 */
@Revision(id = "rec2", revises = "rec1", message = "Broken second")
public class BrokenSecond implements Migration {

	@Override
	public void upgrade(Operations op) {
		throw new IllegalStateException("forgot to configure the table");
	}

}
