package dev.migrate.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import dev.migrate.dialect.TableName;

/**
 * How a {@link Migrator} runs: its transaction mode, the names of its tables, how long it waits
 * for the lock and whom the history table names.
 *
 * @param transactionMode how work is grouped into transactions
 * @param versionTable the version table, one row per current head
 * @param historyTable the history table, one row per step run
 * @param lockTimeout how long to wait for another run to release the lock; zero does not wait
 * @param installedBy the name the history table records for each step; empty for the database
 * user (or, when the database has no users, the operating-system user)
 */
public record MigrationOptions(TransactionMode transactionMode, TableName versionTable, TableName historyTable,
		Duration lockTimeout, Optional<String> installedBy) {

	/** The version table's default name. */
	public static final String DEFAULT_VERSION_TABLE = "migrate_version";

	/** The history table's default name. */
	public static final String DEFAULT_HISTORY_TABLE = "migrate_history";

	/** The lock timeout's default: long enough for another instance to finish a slow upgrade. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

	/**
	 * Creates options, checking that the lock timeout is not negative.
	 */
	public MigrationOptions {
		Objects.requireNonNull(transactionMode, "transactionMode");
		Objects.requireNonNull(versionTable, "versionTable");
		Objects.requireNonNull(historyTable, "historyTable");
		Objects.requireNonNull(lockTimeout, "lockTimeout");
		Objects.requireNonNull(installedBy, "installedBy");
		if (lockTimeout.isNegative()) {
			throw new IllegalArgumentException("The lock timeout must not be negative: " + lockTimeout);
		}
	}

	/**
	 * Returns the defaults: {@code per-migration}, {@code migrate_version},
	 * {@code migrate_history}, a lock timeout of ten minutes, the database user.
	 * @return the default options
	 */
	public static MigrationOptions defaults() {
		return new MigrationOptions(TransactionMode.PER_MIGRATION, TableName.of(DEFAULT_VERSION_TABLE),
				TableName.of(DEFAULT_HISTORY_TABLE), DEFAULT_LOCK_TIMEOUT, Optional.empty());
	}

	/**
	 * Returns these options with another transaction mode.
	 * @param mode the mode
	 * @return the new options
	 */
	public MigrationOptions withTransactionMode(TransactionMode mode) {
		return new MigrationOptions(mode, this.versionTable, this.historyTable, this.lockTimeout, this.installedBy);
	}

	/**
	 * Returns these options with another version table.
	 * @param table the version table
	 * @return the new options
	 */
	public MigrationOptions withVersionTable(TableName table) {
		return new MigrationOptions(this.transactionMode, table, this.historyTable, this.lockTimeout, this.installedBy);
	}

	/**
	 * Returns these options with another history table.
	 * @param table the history table
	 * @return the new options
	 */
	public MigrationOptions withHistoryTable(TableName table) {
		return new MigrationOptions(this.transactionMode, this.versionTable, table, this.lockTimeout, this.installedBy);
	}

	/**
	 * Returns these options with another lock timeout.
	 * @param timeout how long to wait for the lock; zero does not wait
	 * @return the new options
	 */
	public MigrationOptions withLockTimeout(Duration timeout) {
		return new MigrationOptions(this.transactionMode, this.versionTable, this.historyTable, timeout, this.installedBy);
	}

	/**
	 * Returns these options with the name the history table records.
	 * @param name who runs the migration
	 * @return the new options
	 */
	public MigrationOptions withInstalledBy(String name) {
		return new MigrationOptions(this.transactionMode, this.versionTable, this.historyTable, this.lockTimeout,
				Optional.of(name));
	}

}
