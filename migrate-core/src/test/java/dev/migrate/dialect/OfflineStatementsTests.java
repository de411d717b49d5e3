package dev.migrate.dialect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link OfflineStatements}.
 */
class OfflineStatementsTests {

	private final OfflineStatements postgres = new OfflineStatements(new PostgresDialect());

	private final OfflineStatements mariadb = new OfflineStatements(new MariaDbDialect());

	@Test
	void writesAStatementWithoutParametersAsItIs() {
		assertThat(this.postgres.statements(SqlCommand.of("CREATE TABLE t (id INT)")))
			.containsExactly("CREATE TABLE t (id INT)");
	}

	@Test
	void replacesPlaceholdersWithEscapedLiterals() {
		SqlCommand command = new SqlCommand("UPDATE t SET name = ?, born = ? WHERE id = ?",
				List.of(Arrays.asList("it's", LocalDate.of(2026, 11, 21), 7)));
		assertThat(this.postgres.statements(command))
			.containsExactly("UPDATE t SET name = 'it''s', born = DATE '2026-11-21' WHERE id = 7");
	}

	@Test
	void writesNullForANullValue() {
		SqlCommand command = new SqlCommand("UPDATE t SET name = ?", List.of(Arrays.asList((Object) null)));
		assertThat(this.postgres.statements(command)).containsExactly("UPDATE t SET name = NULL");
	}

	@Test
	void leavesQuestionMarksInStringsIdentifiersAndCommentsAlone() {
		String sql = "SELECT '?', \"a?\", ? -- what?\n/* why? */ FROM t WHERE x = ?";
		SqlCommand command = new SqlCommand(sql, List.of(List.of(1, 2)));
		assertThat(this.postgres.statements(command))
			.containsExactly("SELECT '?', \"a?\", 1 -- what?\n/* why? */ FROM t WHERE x = 2");
	}

	@Test
	void leavesQuestionMarksInDollarQuotesAlone() {
		String sql = "DO $body$ BEGIN RAISE NOTICE '?'; END $body$; SELECT ?";
		assertThat(this.postgres.statements(new SqlCommand(sql, List.of(List.of(5)))))
			.containsExactly("DO $body$ BEGIN RAISE NOTICE '?'; END $body$; SELECT 5");
	}

	@Test
	void readsBackslashEscapesInMariaDbStrings() {
		String sql = "SELECT 'it\\'s?', `b?`, ?";
		assertThat(this.mariadb.statements(new SqlCommand(sql, List.of(List.of("a\\b")))))
			.containsExactly("SELECT 'it\\'s?', `b?`, 'a\\\\b'");
	}

	@Test
	void leavesQuestionMarksInMySqlHashCommentsAlone() {
		String sql = "UPDATE t SET a = ? # why?\nWHERE b = ?";
		assertThat(this.mariadb.statements(new SqlCommand(sql, List.of(List.of(1, 2)))))
			.containsExactly("UPDATE t SET a = 1 # why?\nWHERE b = 2");
	}

	@Test
	void writesAStatementWithoutParametersAsItIsEvenWithQuestionMarks() {
		assertThat(this.postgres.statements(SqlCommand.of("SELECT data ? 'key' FROM t")))
			.containsExactly("SELECT data ? 'key' FROM t");
	}

	@Test
	void writesABulkInsertAsMultiRowInserts() {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (int i = 0; i < OfflineStatements.ROWS_PER_INSERT + 1; i++) {
			rows.add(Arrays.asList(i, (i == 0) ? null : "n" + i));
		}
		List<String> statements = this.postgres
			.statements(new SqlCommand("INSERT INTO t (id, name) VALUES (?, ?)", rows));
		assertThat(statements).hasSize(2);
		assertThat(statements.get(0)).startsWith("INSERT INTO t (id, name) VALUES\n\t(0, NULL),\n\t(1, 'n1'),")
			.endsWith(",\n\t(99, 'n99')");
		assertThat(statements.get(1)).isEqualTo("INSERT INTO t (id, name) VALUES\n\t(100, 'n100')");
	}

	@Test
	void writesOtherStatementsWithSeveralRowsOncePerRow() {
		SqlCommand command = new SqlCommand("DELETE FROM t WHERE id = ?", List.of(List.of(1), List.of(2)));
		assertThat(this.postgres.statements(command)).containsExactly("DELETE FROM t WHERE id = 1",
				"DELETE FROM t WHERE id = 2");
	}

	@Test
	void refusesARowWithTheWrongNumberOfValues() {
		SqlCommand command = new SqlCommand("DELETE FROM t WHERE id = ? OR id = ?", List.of(List.of(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.postgres.statements(command))
			.withMessageContaining("2 placeholders but 1 values")
			.withMessageContaining("DELETE FROM t");
	}

}
