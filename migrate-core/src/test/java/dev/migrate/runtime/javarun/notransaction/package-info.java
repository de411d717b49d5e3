/**
 * A Java revision that runs outside a transaction.
 */
@NullMarked
package dev.migrate.runtime.javarun.notransaction;

import org.jspecify.annotations.NullMarked;
