package dev.migrate.script.javainvalid.notmigration;

import dev.migrate.ops.Revision;

/**
 * Annotated, but not a migration.
 */
@Revision(id = "d4")
public class NotAMigration {

}
