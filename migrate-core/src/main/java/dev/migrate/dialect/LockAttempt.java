package dev.migrate.dialect;

import java.util.Objects;

/**
 * The outcome of {@link LockStrategy#tryLock(LockRequest)}: the lock, or why it was not had.
 */
public sealed interface LockAttempt {

	/**
	 * The lock was taken.
	 *
	 * @param lock the held lock, to release when the run ends
	 */
	record Acquired(HeldLock lock) implements LockAttempt {

		/**
		 * Creates the outcome.
		 */
		public Acquired {
			Objects.requireNonNull(lock, "lock");
		}

	}

	/**
	 * Another session held the lock for the whole timeout.
	 *
	 * @param lock what was locked, for example
	 * {@code PostgreSQL advisory lock 5012345678 on test.public.migrate_version}
	 * @param advice how to find the holder
	 */
	record TimedOut(String lock, String advice) implements LockAttempt {

		/**
		 * Creates the outcome.
		 */
		public TimedOut {
			Objects.requireNonNull(lock, "lock");
			Objects.requireNonNull(advice, "advice");
		}

	}

}
