package dev.migrate.revision;

import java.util.List;

/**
 * A partial identifier matches several revisions or branch labels.
 */
public class AmbiguousRevisionException extends RevisionNotFoundException {

	private final List<String> candidates;

	/**
	 * Creates the exception.
	 * @param identifier the partial identifier
	 * @param candidates every id or label it matches, in graph order
	 */
	public AmbiguousRevisionException(String identifier, List<String> candidates) {
		super(message(identifier, candidates), identifier);
		this.candidates = List.copyOf(candidates);
	}

	private static String message(String identifier, List<String> candidates) {
		StringBuilder message = new StringBuilder("Multiple revisions start with '").append(identifier).append("': ");
		for (int i = 0; i < candidates.size(); i++) {
			message.append((i > 0) ? ", " : "").append('\'').append(candidates.get(i)).append('\'');
		}
		return message.append("; give more characters").toString();
	}

	/**
	 * Returns every id or label the partial identifier matches.
	 * @return the candidates, in graph order
	 */
	public List<String> candidates() {
		return this.candidates;
	}

}
