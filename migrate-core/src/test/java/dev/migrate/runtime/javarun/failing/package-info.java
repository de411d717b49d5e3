/**
 * Java revisions whose statements fail, for the runtime's failure tests.
 */
@NullMarked
package dev.migrate.runtime.javarun.failing;

import org.jspecify.annotations.NullMarked;
