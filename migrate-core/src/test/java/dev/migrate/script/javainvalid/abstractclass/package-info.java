/**
 * An unusable Java revision, for the error tests of {@link dev.migrate.script.JavaScriptSource}.
 */
@NullMarked
package dev.migrate.script.javainvalid.abstractclass;

import org.jspecify.annotations.NullMarked;
