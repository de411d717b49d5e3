package dev.migrate.ops;

import java.util.Objects;

/**
 * A sequence, on the databases that have them (PostgreSQL, MariaDB, H2).
 *
 * @param name the sequence's name
 * @param start the first value
 * @param increment the step between values, not 0
 */
public record Sequence(String name, long start, long increment) {

	/**
	 * Checks the sequence.
	 */
	public Sequence {
		Objects.requireNonNull(name, "name");
		if (increment == 0) {
			throw new IllegalArgumentException("Sequence " + name + " needs an increment other than 0");
		}
	}

}
