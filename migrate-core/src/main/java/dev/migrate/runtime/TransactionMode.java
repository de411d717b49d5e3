package dev.migrate.runtime;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.migrate.MigrateException;

/**
 * How a run groups its work into transactions.
 *
 * <p>A revision whose script says {@code -- migrate:no-transaction} runs its statements outside
 * any transaction in every mode; its version-table change still commits on its own. On a
 * database whose DDL commits the open transaction (MariaDB, MySQL, H2) {@link #ALL} commits
 * after each revision as {@link #PER_MIGRATION} does, so that the version table always holds the
 * last revision that completed.
 */
public enum TransactionMode {

	/** Each revision and its version-table change commit together (the default). */
	PER_MIGRATION("per-migration"),

	/** One transaction for the whole run: a failure rolls every revision of the run back. */
	ALL("all"),

	/** No transactions: each statement commits as it runs. */
	NONE("none");

	private final String value;

	TransactionMode(String value) {
		this.value = value;
	}

	/**
	 * Returns the mode as users write it.
	 * @return {@code per-migration}, {@code all} or {@code none}
	 */
	public String value() {
		return this.value;
	}

	/**
	 * Returns the mode users write as {@code per-migration}, {@code all} or {@code none}
	 * (ignoring case; {@code per_migration} is accepted too).
	 * @param value the mode
	 * @return the mode
	 * @throws MigrateException for any other value, listing the valid ones
	 */
	public static TransactionMode fromValue(String value) {
		Objects.requireNonNull(value, "value");
		String normalized = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		return Arrays.stream(values())
			.filter((mode) -> mode.value.equals(normalized))
			.findFirst()
			.orElseThrow(() -> new MigrateException("Unknown transaction mode '" + value + "'; use one of "
					+ Arrays.stream(values()).map(TransactionMode::value).collect(Collectors.joining(", "))));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
