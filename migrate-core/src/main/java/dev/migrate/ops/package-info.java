/**
 * Dialect-neutral schema operations: what a Java revision ({@link dev.migrate.ops.Migration}
 * annotated with {@link dev.migrate.ops.Revision}) asks for through
 * {@link dev.migrate.ops.Operations}, recorded as immutable {@link dev.migrate.ops.Operation}
 * values that each dialect renders to its own SQL, online or offline. {@link dev.migrate.ops.Schema}
 * holds the static factories for columns, types, constraints and indexes.
 */
@NullMarked
package dev.migrate.ops;

import org.jspecify.annotations.NullMarked;
