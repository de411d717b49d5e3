/**
 * A Java revision that auto-configuration tests find by package, outside the packages of the
 * test applications so that only the tests that ask for it see it.
 */
@NullMarked
package dev.migrate.javarevisions;

import org.jspecify.annotations.NullMarked;
