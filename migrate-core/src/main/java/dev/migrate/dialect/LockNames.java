package dev.migrate.dialect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Derives lock names and keys from what a lock protects, the same in every process.
 */
final class LockNames {

	private LockNames() {
	}

	/**
	 * Returns a 64-bit key for a name: the first eight bytes of its SHA-256.
	 */
	static long key(String name) {
		byte[] digest = sha256(name);
		long key = 0;
		for (int i = 0; i < Long.BYTES; i++) {
			key = (key << 8) | (digest[i] & 0xff);
		}
		return key;
	}

	/**
	 * Returns the lower-case hex SHA-256 of a name.
	 */
	static String hex(String name) {
		return HexFormat.of().formatHex(sha256(name));
	}

	/**
	 * Returns a timeout in whole milliseconds that fits an SQL {@code INT}.
	 */
	static int millis(Duration timeout) {
		long millis = timeout.toMillis();
		if (millis == 0 && !timeout.isZero()) {
			return 1;
		}
		return (int) Math.min(millis, Integer.MAX_VALUE);
	}

	/**
	 * Describes a timeout as users set it.
	 */
	static String describe(Duration timeout) {
		long millis = timeout.toMillis();
		if (millis % 1000 == 0) {
			return (millis / 1000) + "s";
		}
		return millis + "ms";
	}

	private static byte[] sha256(String name) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			// every Java platform must provide SHA-256
			throw new IllegalStateException(ex);
		}
	}

}
