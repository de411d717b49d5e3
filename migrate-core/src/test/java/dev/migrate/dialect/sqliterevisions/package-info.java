/**
 * Java revisions that change tables the way only SQLite's batch mode can, for the tests of the
 * SQLite renderer through the runtime and offline scripts.
 */
@NullMarked
package dev.migrate.dialect.sqliterevisions;

import org.jspecify.annotations.NullMarked;
