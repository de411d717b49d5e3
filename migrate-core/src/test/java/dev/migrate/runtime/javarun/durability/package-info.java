/**
 * A Java revision between SQL revisions that notes whether its commit is to wait for the disk,
 * for the test of PostgreSQL's deferred commits.
 */
@NullMarked
package dev.migrate.runtime.javarun.durability;

import org.jspecify.annotations.NullMarked;
