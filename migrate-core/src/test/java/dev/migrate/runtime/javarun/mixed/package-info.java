/**
 * A Java revision between SQL revisions, for the tests of a mixed graph.
 */
@NullMarked
package dev.migrate.runtime.javarun.mixed;

import org.jspecify.annotations.NullMarked;
