package dev.migrate.runtime;

import java.time.Duration;

import dev.migrate.MigrateException;

/**
 * Another session held the migration lock for the whole lock timeout, most likely another
 * migrate run (another instance of the application starting at the same time). The message
 * names the lock, how long migrate waited and how to find the holder.
 */
public class LockTimeoutException extends MigrateException {

	private final String lock;

	private final Duration timeout;

	/**
	 * Creates the exception.
	 * @param lock what was locked
	 * @param timeout how long migrate waited
	 * @param advice how to find the session holding the lock
	 */
	public LockTimeoutException(String lock, Duration timeout, String advice) {
		super("Timed out after " + describe(timeout) + " waiting for the migration lock (" + lock
				+ "): another session holds it, most likely another migrate run. Wait for it to finish, or raise the"
				+ " lock timeout (--lock-timeout, migrate.lock-timeout); " + advice
				+ ". A session that ended, such as a killed process, holds no lock.");
		this.lock = lock;
		this.timeout = timeout;
	}

	/**
	 * Returns what was locked.
	 * @return for example {@code PostgreSQL advisory lock 5012345678 on test.public.migrate_version}
	 */
	public String lock() {
		return this.lock;
	}

	/**
	 * Returns how long migrate waited.
	 * @return the lock timeout
	 */
	public Duration timeout() {
		return this.timeout;
	}

	private static String describe(Duration timeout) {
		long millis = timeout.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

}
