/**
 * Spring Boot auto-configuration for migrate: the {@code migrate.*} properties, the migration
 * run at startup before JPA and JDBC users, the {@code migrations} actuator endpoint, health and
 * metrics.
 */
@NullMarked
package dev.migrate.autoconfigure;

import org.jspecify.annotations.NullMarked;
