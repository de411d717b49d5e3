/**
 * The commands every front end runs (the command line now, the Spring Boot in-app mode later):
 * {@link dev.migrate.command.MigrateCommands} reads the script directory, answers with
 * Alembic's wording on one stream and reports progress on another.
 */
@NullMarked
package dev.migrate.command;

import org.jspecify.annotations.NullMarked;
