package dev.migrate.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.migrate.revision.Revision;

/**
 * One step of a run, as Alembic's {@code RevisionStep} and {@code StampStep} describe it: the
 * revision whose script runs (none for a stamp) and the revisions the version table moves from
 * and to.
 *
 * <p>{@code fromRevisions} and {@code toRevisions} follow Alembic's {@code from_revisions} and
 * {@code to_revisions}: for an upgrade, the revision's down revisions followed by the
 * dependencies that act as down revisions (those no ancestor already declares), and the revision
 * itself; a downgrade the other way round. A stamp moves from the version rows it replaces
 * (none when it starts a new branch) to its target (none when it stamps down to base).
 * {@link VersionRows} turns a step into row changes.
 *
 * @param direction whether the step upgrades, downgrades or only stamps
 * @param upward whether the step moves towards the heads: always for an upgrade, never for a
 * downgrade; for a stamp, whether its target lies above the rows it replaces (or starts a branch)
 * @param revision the revision whose script runs; empty for a stamp
 * @param fromRevisions the revisions the step moves from, dependencies included
 * @param toRevisions the revisions the step moves to, dependencies included
 * @param message the revision's message for log lines; empty for a stamp or when the script has
 * none
 */
public record MigrationStep(StepDirection direction, boolean upward, Optional<Revision> revision,
		List<String> fromRevisions, List<String> toRevisions, String message) {

	/**
	 * Creates a step, checking that its parts agree with its direction.
	 */
	public MigrationStep {
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(message, "message");
		fromRevisions = List.copyOf(fromRevisions);
		toRevisions = List.copyOf(toRevisions);
		switch (direction) {
			case UPGRADE -> {
				String id = revision.orElseThrow(() -> new IllegalArgumentException("An upgrade step needs a revision")).id();
				check(upward && toRevisions.equals(List.of(id)), "An upgrade step moves up to its revision " + id);
			}
			case DOWNGRADE -> {
				String id = revision.orElseThrow(() -> new IllegalArgumentException("A downgrade step needs a revision")).id();
				check(!upward && fromRevisions.equals(List.of(id)), "A downgrade step moves down from its revision " + id);
			}
			case STAMP -> {
				check(revision.isEmpty() && message.isEmpty(), "A stamp step runs no revision");
				check(toRevisions.size() <= 1 && (!fromRevisions.isEmpty() || !toRevisions.isEmpty()),
						"A stamp step moves from some rows to at most one revision");
				check(fromRevisions.size() == 1 || !toRevisions.isEmpty(), "A stamp step to base removes exactly one row");
			}
		}
	}

	/**
	 * Creates the step that applies a revision.
	 * @param revision the revision to apply
	 * @param fromRevisions its down revisions followed by the dependencies that act as down
	 * revisions (Alembic's {@code _normalized_down_revisions})
	 * @param message the revision's message, empty when it has none
	 * @return the step
	 */
	public static MigrationStep upgrade(Revision revision, List<String> fromRevisions, String message) {
		return new MigrationStep(StepDirection.UPGRADE, true, Optional.of(revision), fromRevisions, List.of(revision.id()),
				message);
	}

	/**
	 * Creates the step that reverts a revision.
	 * @param revision the revision to revert
	 * @param toRevisions its down revisions followed by the dependencies that act as down
	 * revisions (Alembic's {@code _normalized_down_revisions})
	 * @param message the revision's message, empty when it has none
	 * @return the step
	 */
	public static MigrationStep downgrade(Revision revision, List<String> toRevisions, String message) {
		return new MigrationStep(StepDirection.DOWNGRADE, false, Optional.of(revision), List.of(revision.id()),
				toRevisions, message);
	}

	/**
	 * Creates a stamp step.
	 * @param fromRevisions the version rows the stamp replaces; empty when it starts a new
	 * branch
	 * @param toRevisions the stamp's target; empty when it removes a row (stamping to base)
	 * @param upward whether the target lies above the rows it replaces, or starts a branch
	 * @return the step
	 */
	public static MigrationStep stamp(List<String> fromRevisions, List<String> toRevisions, boolean upward) {
		return new MigrationStep(StepDirection.STAMP, upward, Optional.empty(), fromRevisions, toRevisions, "");
	}

	/**
	 * Returns the line logged when the step starts, in Alembic's words: {@code Running upgrade
	 * 3512b954651e -> 1975ea83b712, Add priority to todos}, {@code Running upgrade  -> a1, Create
	 * users} for a base, {@code Running downgrade a, b -> c} for a merge,
	 * {@code Running stamp_revision a -> b}. Dependencies are not listed.
	 * @return the line
	 */
	public String logLine() {
		return this.message.isEmpty() ? shortLogLine() : shortLogLine() + ", " + this.message;
	}

	/**
	 * Returns the log line without the message, as Alembic writes it into offline SQL after
	 * {@code -- }.
	 * @return for example {@code Running upgrade 3512b954651e -> 1975ea83b712}
	 */
	public String shortLogLine() {
		return "Running " + this.direction.logName() + " " + String.join(", ", loggedFrom()) + " -> "
				+ String.join(", ", loggedTo());
	}

	private List<String> loggedFrom() {
		return (this.direction == StepDirection.UPGRADE) ? this.revision.orElseThrow().downRevisions() : this.fromRevisions;
	}

	private List<String> loggedTo() {
		return (this.direction == StepDirection.DOWNGRADE) ? this.revision.orElseThrow().downRevisions() : this.toRevisions;
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
