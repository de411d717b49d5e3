/**
 * A tiny application for the test-slice tests ({@code @DataJpaTest}, {@code @JdbcTest}): a JPA
 * entity whose table only a migration creates.
 */
@NullMarked
package dev.migrate.autoconfigure.testapp;

import org.jspecify.annotations.NullMarked;
