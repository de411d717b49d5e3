package dev.migrate.testing;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes fresh test databases of one kind and drops them again.
 */
interface DatabaseProvisioner {

	/**
	 * Makes a fresh, empty schema, database or file.
	 * @return the new test database, which the caller closes
	 * @throws Exception if it cannot be made
	 */
	TestDatabase create() throws Exception;

	/**
	 * Drops a test database this provisioner made; dropping one that is gone does nothing.
	 * @param database the database to drop
	 * @throws Exception if it cannot be dropped
	 */
	void drop(TestDatabase database) throws Exception;

	/**
	 * Returns whether a test database this provisioner made still exists.
	 * @param database the database to look for
	 * @return {@code true} if it exists
	 * @throws Exception if that cannot be told
	 */
	boolean exists(TestDatabase database) throws Exception;

	/**
	 * Returns a new name for a schema, database or file: {@code mt_} and ten random hex digits, a
	 * valid unquoted identifier on every database.
	 * @return the name
	 */
	static String newName() {
		byte[] bytes = new byte[5];
		ThreadLocalRandom.current().nextBytes(bytes);
		return "mt_" + HexFormat.of().formatHex(bytes);
	}

}
