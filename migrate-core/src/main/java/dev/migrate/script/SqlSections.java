package dev.migrate.script;

import java.util.Optional;

/**
 * Where the sections of an SQL revision script lie in its text.
 *
 * @param upgrade the upgrade section
 * @param downgrade the downgrade section; empty when the script has none (it cannot be
 * downgraded)
 */
record SqlSections(Section upgrade, Optional<Section> downgrade) {

	/**
	 * A section's body: the text between its marker line and the next marker or the end.
	 *
	 * @param start the offset of the first character after the marker line
	 * @param end the offset just past the body
	 * @param firstLine the script line on which the body starts
	 */
	record Section(int start, int end, int firstLine) {

	}

}
