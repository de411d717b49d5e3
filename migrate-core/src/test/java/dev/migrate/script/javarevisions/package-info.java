/**
 * Java revisions found by the discovery tests of {@link dev.migrate.script.JavaScriptSource}.
 */
@NullMarked
package dev.migrate.script.javarevisions;

import org.jspecify.annotations.NullMarked;
