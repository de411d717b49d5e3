/**
 * A branch of the chain for the databases with sequences (all but SQLite).
 */
@NullMarked
package dev.migrate.runtime.chain.sequences;

import org.jspecify.annotations.NullMarked;
