/**
 * migrate: Alembic-grade database migrations. The root package holds only the common base
 * exception; each concern lives in its own sub-package.
 */
@NullMarked
package dev.migrate;

import org.jspecify.annotations.NullMarked;
