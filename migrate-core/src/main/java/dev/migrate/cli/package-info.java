/**
 * The command line ({@code java -jar migrate.jar}): {@link dev.migrate.cli.MigrateCli} parses
 * options and sub-commands with picocli and runs each through
 * {@link dev.migrate.command.MigrateCommands} (and the database and offline commands it gives).
 */
@NullMarked
package dev.migrate.cli;

import org.jspecify.annotations.NullMarked;
