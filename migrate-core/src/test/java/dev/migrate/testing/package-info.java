/**
 * The test-database harness: {@link dev.migrate.testing.DatabaseTest @DatabaseTest} runs a test
 * once on each of H2, SQLite, PostgreSQL and MariaDB, each time with a fresh
 * {@link dev.migrate.testing.TestDatabase} of its own that is dropped afterwards.
 * <p>
 * H2 (in memory) and SQLite (a temporary file) are always there. PostgreSQL and MariaDB come
 * from {@code MIGRATE_TEST_POSTGRES_URL}/{@code _USER}/{@code _PASSWORD} and
 * {@code MIGRATE_TEST_MARIADB_URL}/{@code _USER}/{@code _PASSWORD}, else from the conventional
 * local servers ({@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres},
 * {@code jdbc:mariadb://127.0.0.1:3306/test} as {@code root}), else from Testcontainers where
 * Docker runs. Without any of these their tests are skipped with a message that says so, unless
 * {@code MIGRATE_TEST_REQUIRE_DATABASES=true} (or {@code CI=true}), which makes them fail.
 * Each server is looked for once per test run.
 * <p>
 * Other modules use the harness through migrate-core's {@code test-jar}; they bring the JDBC
 * drivers (and, if they like, Testcontainers) as their own test dependencies.
 */
@NullMarked
package dev.migrate.testing;

import org.jspecify.annotations.NullMarked;
