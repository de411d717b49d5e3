/**
 * JMH benchmarks of the engine. The default build compiles them and packages
 * {@code benchmarks/target/benchmarks.jar} but never runs them; run them by hand with
 * {@code java -jar benchmarks/target/benchmarks.jar} and JMH's options.
 */
@NullMarked
package dev.migrate.benchmarks;

import org.jspecify.annotations.NullMarked;
