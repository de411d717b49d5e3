/**
 * The demo's Java revisions: dialect-neutral operations in the same graph as the SQL scripts
 * of {@code db/migrate}, found because they live in the application's package.
 */
@NullMarked
package dev.migrate.demo.migrations;

import org.jspecify.annotations.NullMarked;
