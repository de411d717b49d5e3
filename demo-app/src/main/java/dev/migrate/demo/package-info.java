/**
 * The demo application, a Spring Boot web application on JPA whose schema migrate manages.
 */
@NullMarked
package dev.migrate.demo;

import org.jspecify.annotations.NullMarked;
