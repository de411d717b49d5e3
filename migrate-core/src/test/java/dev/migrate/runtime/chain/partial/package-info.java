/**
 * A branch of the chain for the databases with partial indexes (PostgreSQL and SQLite).
 */
@NullMarked
package dev.migrate.runtime.chain.partial;

import org.jspecify.annotations.NullMarked;
