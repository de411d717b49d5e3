package dev.migrate.runtime;

import java.util.Objects;

/**
 * A row read back from the history table.
 *
 * @param id the row's id, increasing in the order rows were written
 * @param record what the row says
 */
public record HistoryEntry(long id, HistoryRecord record) {

	/**
	 * Creates an entry.
	 */
	public HistoryEntry {
		Objects.requireNonNull(record, "record");
	}

}
