/**
 * A Java revision whose JDBC work fails.
 */
@NullMarked
package dev.migrate.runtime.javarun.jdbc;

import org.jspecify.annotations.NullMarked;
