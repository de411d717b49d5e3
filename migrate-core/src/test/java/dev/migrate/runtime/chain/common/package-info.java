/**
 * The revisions of the Java revision chain that every database runs, in a line from base to {@code chain07}.
 */
@NullMarked
package dev.migrate.runtime.chain.common;

import org.jspecify.annotations.NullMarked;
