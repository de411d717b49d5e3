package dev.migrate.testing;

/**
 * Finds a database server for tests, and stops on {@link #close()} whatever it started for them.
 */
interface ServerLocator extends AutoCloseable {

	/**
	 * Looks for a reachable server of the given kind.
	 * @param spec the kind of server
	 * @return the server, or why none was found
	 */
	ServerLookup locate(ServerSpec spec);

	@Override
	default void close() {
	}

}
