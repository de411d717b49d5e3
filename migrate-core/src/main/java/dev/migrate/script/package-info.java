/**
 * Revision scripts: where they live ({@link dev.migrate.script.Location}), how they are found
 * ({@link dev.migrate.script.ScriptSource}), how SQL revision files are parsed, split into
 * statements and written, how Java revision classes are found on the class path
 * ({@link dev.migrate.script.JavaScriptSource}, {@link dev.migrate.script.JavaRevisionScript}),
 * and the {@link dev.migrate.script.ScriptDirectory} that puts every script of a project, SQL and
 * Java alike, into one revision graph.
 */
@NullMarked
package dev.migrate.script;

import org.jspecify.annotations.NullMarked;
