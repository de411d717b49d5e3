package dev.migrate.autoconfigure.actuate;

import dev.migrate.runtime.StepDirection;

/**
 * The words the endpoint and the metrics use for a step's direction.
 */
final class Directions {

	private Directions() {
	}

	/**
	 * Names a direction for operators.
	 * @param direction the direction
	 * @return {@code upgrade}, {@code downgrade} or {@code stamp}
	 */
	static String name(StepDirection direction) {
		return switch (direction) {
			case UPGRADE -> "upgrade";
			case DOWNGRADE -> "downgrade";
			case STAMP -> "stamp";
		};
	}

}
