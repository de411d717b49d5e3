package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.migrate.dialect.TableName;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link HistoryTable}.
 */
class HistoryTableTests {

	private static final Instant STARTED = Instant.parse("2026-11-21T10:00:00.123Z");

	@DatabaseTest
	void createIfMissingCreatesOnce(TestDatabase database) throws SQLException {
		HistoryTable table = historyTable(database, "migrate_history");
		try (Connection connection = database.getConnection()) {
			assertThat(table.exists(connection)).isFalse();
			assertThat(table.createIfMissing(connection)).isTrue();
			assertThat(table.exists(connection)).isTrue();
			assertThat(table.createIfMissing(connection)).isFalse();
		}
	}

	@DatabaseTest
	void readsNothingFromATableThatDoesNotExist(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			assertThat(historyTable(database, "migrate_history").recent(connection, 10)).isEmpty();
		}
	}

	@DatabaseTest
	void readsBackWhatItAppendedNewestFirst(TestDatabase database) throws SQLException {
		HistoryTable table = historyTable(database, "migrate_history");
		HistoryRecord upgrade = new HistoryRecord("a1", StepDirection.UPGRADE, "Create todos", Optional.of("ab".repeat(32)),
				"alice", STARTED, Duration.ofMillis(42), Optional.empty());
		HistoryRecord failure = new HistoryRecord("b1", StepDirection.DOWNGRADE, "Add priority",
				Optional.of("cd".repeat(32)), "bob", STARTED.plusSeconds(60), Duration.ofMillis(7),
				Optional.of("it's broken"));
		HistoryRecord stamp = new HistoryRecord("c1", StepDirection.STAMP, "b1 -> c1", Optional.empty(), "carol",
				STARTED.plusSeconds(120), Duration.ZERO, Optional.empty());
		try (Connection connection = database.getConnection()) {
			table.create(connection);
			table.append(connection, upgrade);
			table.append(connection, failure);
			table.append(connection, stamp);
			List<HistoryEntry> entries = table.recent(connection, 10);
			assertThat(entries).extracting(HistoryEntry::record).containsExactly(stamp, failure, upgrade);
			assertThat(entries.get(0).id()).isGreaterThan(entries.get(1).id());
			assertThat(entries.get(1).record().success()).isFalse();
		}
		assertThat(Databases.column(database, "SELECT direction FROM migrate_history ORDER BY id"))
			.containsExactly("upgrade", "downgrade", "stamp");
	}

	@DatabaseTest
	void readsAtMostTheLimit(TestDatabase database) throws SQLException {
		HistoryTable table = historyTable(database, "migrate_history");
		try (Connection connection = database.getConnection()) {
			table.create(connection);
			for (int i = 0; i < 5; i++) {
				table.append(connection, new HistoryRecord("r" + i, StepDirection.UPGRADE, "", Optional.empty(), "me",
						STARTED, Duration.ZERO, Optional.empty()));
			}
			assertThat(table.recent(connection, 2)).extracting((entry) -> entry.record().revision())
				.containsExactly("r4", "r3");
		}
	}

	@DatabaseTest
	void cutsLongMessagesAndErrors(TestDatabase database) throws SQLException {
		HistoryTable table = historyTable(database, "migrate_history");
		String longText = "x".repeat(HistoryTable.MAX_TEXT + 100);
		try (Connection connection = database.getConnection()) {
			table.create(connection);
			table.append(connection, new HistoryRecord("r1", StepDirection.UPGRADE, longText, Optional.empty(), "me",
					STARTED, Duration.ZERO, Optional.of(longText)));
			HistoryRecord read = table.recent(connection, 1).get(0).record();
			assertThat(read.message()).hasSize(HistoryTable.MAX_TEXT);
			assertThat(read.error()).hasValueSatisfying((error) -> assertThat(error).hasSize(HistoryTable.MAX_TEXT));
		}
	}

	@DatabaseTest
	void aTableNamedAfterAReservedWordIsQuoted(TestDatabase database) throws SQLException {
		HistoryTable table = historyTable(database, "order");
		try (Connection connection = database.getConnection()) {
			assertThat(table.createIfMissing(connection)).isTrue();
			table.append(connection, new HistoryRecord("r1", StepDirection.UPGRADE, "", Optional.empty(), "me", STARTED,
					Duration.ZERO, Optional.empty()));
			assertThat(table.recent(connection, 1)).hasSize(1);
		}
	}

	private static HistoryTable historyTable(TestDatabase database, String name) {
		return new HistoryTable(Databases.dialect(database), TableName.of(name));
	}

}
