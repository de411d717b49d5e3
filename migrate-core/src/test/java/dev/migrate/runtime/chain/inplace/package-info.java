/**
 * A branch of the chain for the databases that alter columns and constraints in place (all but SQLite, which needs a batch).
 */
@NullMarked
package dev.migrate.runtime.chain.inplace;

import org.jspecify.annotations.NullMarked;
