package dev.migrate.revision;

import java.util.List;

/**
 * {@code head} (or {@code label@head}) was asked for where there are several heads.
 */
public class MultipleHeadsException extends RevisionException {

	private final List<String> heads;

	private final String argument;

	/**
	 * Creates the exception.
	 * @param heads the heads found
	 * @param argument the identifier that asked for a single head
	 */
	public MultipleHeadsException(List<String> heads, String argument) {
		this("Multiple heads are present for given argument '" + argument + "'; " + String.join(", ", heads)
				+ "; give a specific revision, '<branchname>@" + argument + "' to narrow to one head, or 'heads' for all heads",
				heads, argument);
	}

	/**
	 * Creates the exception with a message of the caller's own, for callers that know better
	 * what the user should do next.
	 * @param message what went wrong and what to do
	 * @param heads the heads found
	 * @param argument the identifier that asked for a single head
	 */
	protected MultipleHeadsException(String message, List<String> heads, String argument) {
		super(message);
		this.heads = List.copyOf(heads);
		this.argument = argument;
	}

	/**
	 * Returns the heads found.
	 * @return the head revision ids
	 */
	public List<String> heads() {
		return this.heads;
	}

	/**
	 * Returns the identifier that asked for a single head.
	 * @return for example {@code head} or {@code users@head}
	 */
	public String argument() {
		return this.argument;
	}

}
