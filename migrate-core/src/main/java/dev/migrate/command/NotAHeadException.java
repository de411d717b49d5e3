package dev.migrate.command;

/**
 * A new revision was asked to build on a revision that already has a child, which would split
 * the branch, without {@code --splice} to say so.
 */
public class NotAHeadException extends CommandException {

	private final String revision;

	/**
	 * Creates the exception.
	 * @param revision the id of the revision that is not a head
	 */
	public NotAHeadException(String revision) {
		super("Revision " + revision + " is not a head revision; please specify --splice to create a new branch"
				+ " from this revision");
		this.revision = revision;
	}

	/**
	 * Returns the revision that is not a head.
	 * @return its id
	 */
	public String revision() {
		return this.revision;
	}

}
