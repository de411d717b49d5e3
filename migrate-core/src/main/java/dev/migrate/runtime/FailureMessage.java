package dev.migrate.runtime;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import dev.migrate.dialect.Dialect;

/**
 * Writes the message of a {@link MigrationFailedException}, on one line: the revision and its
 * script (or class), the statement with its line (or the operation and the statement rendered
 * for it), the database's message, what was rolled back and what
 * the version table holds.
 */
final class FailureMessage {

	private FailureMessage() {
	}

	static String of(Dialect dialect, MigrationRun.Work work, Exception cause, Optional<MigrationRun.Position> position,
			String activity, String outcome, Set<String> rows) {
		MigrationStep step = work.planned().step();
		StringBuilder message = new StringBuilder();
		if (step.revision().isPresent()) {
			message.append("Revision ").append(step.revision().get().id()).append(" (").append(work.origin())
				.append(") failed to ").append((step.direction() == StepDirection.UPGRADE) ? "upgrade" : "downgrade");
		}
		else {
			message.append("Stamp ").append(Steps.movement(step)).append(" failed");
		}
		if (position.isPresent()) {
			message.append(' ').append(position.get().description());
		}
		else if (!activity.isEmpty()) {
			message.append(' ').append(activity);
		}
		message.append(". ");
		if (cause instanceof SQLException sqlException) {
			message.append(dialect.displayName()).append(" said: ").append(DatabaseMessages.oneLine(sqlException));
		}
		else {
			message.append(DatabaseMessages.collapse(String.valueOf(cause.getMessage())));
		}
		appendSentenceEnd(message);
		if (!outcome.isEmpty()) {
			message.append(' ').append(outcome);
		}
		message.append(rows.isEmpty() ? " The version table is empty." : " The version table holds "
				+ String.join(", ", rows) + ".");
		return message.toString();
	}

	private static void appendSentenceEnd(StringBuilder message) {
		char last = message.charAt(message.length() - 1);
		if (last != '.' && last != '!' && last != '?') {
			message.append('.');
		}
	}

}
