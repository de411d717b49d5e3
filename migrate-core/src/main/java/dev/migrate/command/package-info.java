/**
 * The commands every front end runs (the command line now, the Spring Boot in-app mode later):
 * {@link dev.migrate.command.MigrateCommands} reads the script directory, answers with
 * Alembic's wording on one stream and reports progress on another.
 * {@link dev.migrate.command.DatabaseCommands} adds the commands that work on a database given
 * as a {@link dev.migrate.command.DatabaseTarget} ({@code upgrade}, {@code downgrade},
 * {@code stamp}, {@code current}, {@code history -i}), and
 * {@link dev.migrate.command.OfflineCommands} their offline ({@code --sql}) forms, which need no
 * connection.
 */
@NullMarked
package dev.migrate.command;

import org.jspecify.annotations.NullMarked;
