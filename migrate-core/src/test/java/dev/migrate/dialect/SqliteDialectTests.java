package dev.migrate.dialect;

import org.junit.jupiter.api.Test;

import dev.migrate.script.SqlSyntax;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SqliteDialect}.
 */
class SqliteDialectTests {

	private final SqliteDialect dialect = new SqliteDialect();

	@Test
	void quotesKeywordsAndMixedCase() {
		assertThat(this.dialect.identifier("migrate_version")).isEqualTo("migrate_version");
		assertThat(this.dialect.identifier("transaction")).isEqualTo("\"transaction\"");
		assertThat(this.dialect.identifier("MixedCase")).isEqualTo("\"MixedCase\"");
	}

	@Test
	void hasTransactionalDdl() {
		assertThat(this.dialect.transactionalDdl()).isTrue();
		assertThat(this.dialect.sqlSyntax()).isEqualTo(SqlSyntax.STANDARD);
	}

	@Test
	void writesTheHistoryTableWithARowIdKeyAndTextTimes() {
		assertThat(this.dialect.createHistoryTable(TableName.of("migrate_history")))
			.contains("id INTEGER PRIMARY KEY,", "started_at TEXT NOT NULL");
	}

	@Test
	void opensOfflineTransactionsWithBegin() {
		assertThat(this.dialect.beginTransaction()).isEqualTo("BEGIN");
		assertThat(this.dialect.commitTransaction()).isEqualTo("COMMIT");
	}

}
