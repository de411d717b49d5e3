/**
 * Actuator support for migrate: the {@code migrations} endpoint, the {@code migrations} health
 * contributor and the {@code migrate.migrations} Micrometer timer, each reading the
 * {@link dev.migrate.autoconfigure.Migrate} beans, with their auto-configurations.
 */
@NullMarked
package dev.migrate.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
