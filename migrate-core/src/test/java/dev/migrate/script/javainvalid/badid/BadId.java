package dev.migrate.script.javainvalid.badid;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

/**
 * A migration with an id the graph cannot take.
 */
@Revision(id = "not valid!")
public class BadId implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.dropTable("t");
	}

}
