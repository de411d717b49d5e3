/**
 * Benchmarks of the engine: main classes that print tables, such as
 * {@link dev.migrate.benchmarks.MigrationBenchmark} (migrate against plain JDBC and Flyway) and
 * {@link dev.migrate.benchmarks.RevisionGraphBenchmark}. The default build compiles them and
 * packages {@code benchmarks/target/benchmarks.jar} but never runs them; docs/testing.md says how
 * to run each.
 */
@NullMarked
package dev.migrate.benchmarks;

import org.jspecify.annotations.NullMarked;
