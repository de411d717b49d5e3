package dev.migrate.testing;

import java.util.List;

/**
 * What looking for a database server came to: the server, or every place looked in and why it
 * was not there.
 */
sealed interface ServerLookup {

	/**
	 * A reachable server.
	 *
	 * @param server the server
	 */
	record Found(DatabaseServer server) implements ServerLookup {
	}

	/**
	 * No reachable server.
	 *
	 * @param spec the kind of server looked for
	 * @param attempts each place looked in, and why it did not serve
	 */
	record NotFound(ServerSpec spec, List<String> attempts) implements ServerLookup {

		public NotFound {
			attempts = List.copyOf(attempts);
		}

		/**
		 * Says what was tried, for skip and failure messages.
		 * @return a sentence
		 */
		String reason() {
			return "No " + this.spec.kind().displayName() + " server was found (" + String.join("; ", this.attempts)
					+ ").";
		}

	}

}
