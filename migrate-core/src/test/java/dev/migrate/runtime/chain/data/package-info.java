/**
 * A branch of the chain that migrates data with Java code and the connection: online only, it has no offline form.
 */
@NullMarked
package dev.migrate.runtime.chain.data;

import org.jspecify.annotations.NullMarked;
