/**
 * An unusable Java revision, for the error tests of {@link dev.migrate.script.JavaScriptSource}.
 */
@NullMarked
package dev.migrate.script.javainvalid.badid;

import org.jspecify.annotations.NullMarked;
