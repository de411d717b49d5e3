/**
 * Java revisions one of which fails while its operations are recorded.
 */
@NullMarked
package dev.migrate.runtime.javarun.recording;

import org.jspecify.annotations.NullMarked;
