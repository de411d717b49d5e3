/**
 * A sub-package of Java revisions, found with its parent package.
 */
@NullMarked
package dev.migrate.script.javarevisions.later;

import org.jspecify.annotations.NullMarked;
