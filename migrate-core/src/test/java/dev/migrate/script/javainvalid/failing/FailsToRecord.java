package dev.migrate.script.javainvalid.failing;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

/**
 * A migration whose upgrade fails while it is recorded.
 */
@Revision(id = "a7")
public class FailsToRecord implements Migration {

	@Override
	public void upgrade(Operations op) {
		throw new IllegalStateException("no table name configured");
	}

}
