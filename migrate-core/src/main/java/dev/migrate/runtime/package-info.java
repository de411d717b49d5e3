/**
 * The runtime: moves a database along the revision graph. {@link dev.migrate.runtime.MigrationPlanner}
 * plans upgrades, downgrades and stamps step by step as Alembic does, and
 * {@link dev.migrate.runtime.VersionRows} says how each step changes the rows of the version
 * table; both are pure and need no connection, so online runs and offline ({@code --sql})
 * scripts share them.
 *
 * <p>{@link dev.migrate.runtime.Migrator} runs a plan on a database: under a
 * {@link dev.migrate.runtime.MigrationLock} it reads the {@link dev.migrate.runtime.VersionTable}
 * once, plans from its rows, and runs each step's statements, version-row changes and
 * {@link dev.migrate.runtime.HistoryTable} row on one connection, in the transactions a
 * {@link dev.migrate.runtime.TransactionMode} asks for. {@link dev.migrate.runtime.OfflineSqlWriter}
 * writes a plan as the SQL script of an offline run instead, for a DBA to review and run.
 */
@NullMarked
package dev.migrate.runtime;

import org.jspecify.annotations.NullMarked;
