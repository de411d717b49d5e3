package dev.migrate.script;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.migrate.MigrateException;

/**
 * Generates new revision ids as Alembic does: the last 12 hex digits of a random UUID.
 */
public final class RevisionIdGenerator {

	private static final int MAX_ATTEMPTS = 1000;

	private static final long TWELVE_HEX_DIGITS = 0xFFFF_FFFF_FFFFL;

	private final Supplier<UUID> uuids;

	/**
	 * Creates a generator drawing random UUIDs.
	 */
	public RevisionIdGenerator() {
		this(UUID::randomUUID);
	}

	RevisionIdGenerator(Supplier<UUID> uuids) {
		this.uuids = Objects.requireNonNull(uuids, "uuids");
	}

	/**
	 * Generates an id that is not yet taken.
	 * @param taken tells whether an id is already used (by a revision, for example)
	 * @return 12 lower-case hex characters, such as {@code 1975ea83b712}
	 * @throws MigrateException if no free id is found after many attempts
	 */
	public String generate(Predicate<String> taken) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			String id = String.format("%012x", this.uuids.get().getLeastSignificantBits() & TWELVE_HEX_DIGITS);
			if (!taken.test(id)) {
				return id;
			}
		}
		throw new MigrateException("Could not generate a free revision id after " + MAX_ATTEMPTS
				+ " attempts; give one with --rev-id");
	}

}
