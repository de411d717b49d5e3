package dev.migrate.script.javainvalid.noconstructor;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

/**
 * A migration migrate cannot create.
 */
@Revision(id = "e5")
public class NeedsArgument implements Migration {

	private final String table;

	/**
	 * Creates the migration.
	 * @param table a table
	 */
	public NeedsArgument(String table) {
		this.table = table;
	}

	@Override
	public void upgrade(Operations op) {
		op.dropTable(this.table);
	}

}
