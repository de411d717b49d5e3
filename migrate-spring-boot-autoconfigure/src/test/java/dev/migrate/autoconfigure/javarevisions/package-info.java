/**
 * A Java revision that auto-configuration tests find by package.
 */
@NullMarked
package dev.migrate.autoconfigure.javarevisions;

import org.jspecify.annotations.NullMarked;
