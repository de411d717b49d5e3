package dev.migrate.script.javainvalid.abstractclass;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Revision;

/**
 * An abstract class annotated as a revision.
 */
@Revision(id = "f6")
public abstract class AbstractMigration implements Migration {

}
