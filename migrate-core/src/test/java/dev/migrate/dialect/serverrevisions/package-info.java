/**
 * A chain of Java revisions that uses every operation PostgreSQL, MariaDB and H2 share, for the
 * tests of their renderers through the runtime and offline scripts.
 */
@NullMarked
package dev.migrate.dialect.serverrevisions;

import org.jspecify.annotations.NullMarked;
