/**
 * The runtime: moves a database along the revision graph. {@link dev.migrate.runtime.MigrationPlanner}
 * plans upgrades, downgrades and stamps step by step as Alembic does, and
 * {@link dev.migrate.runtime.VersionRows} says how each step changes the rows of the version
 * table; both are pure and need no connection, so online runs and offline ({@code --sql})
 * scripts share them.
 */
@NullMarked
package dev.migrate.runtime;

import org.jspecify.annotations.NullMarked;
