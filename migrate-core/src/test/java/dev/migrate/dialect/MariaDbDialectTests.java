package dev.migrate.dialect;

import org.junit.jupiter.api.Test;

import dev.migrate.script.SqlSyntax;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MariaDbDialect}.
 */
class MariaDbDialectTests {

	private final MariaDbDialect dialect = new MariaDbDialect();

	@Test
	void isNamedMariaDb() {
		assertThat(this.dialect.name()).isEqualTo("mariadb");
		assertThat(this.dialect.displayName()).isEqualTo("MariaDB");
	}

	@Test
	void backQuotesReservedWordsAndMixedCase() {
		assertThat(this.dialect.identifier("migrate_version")).isEqualTo("migrate_version");
		assertThat(this.dialect.identifier("order")).isEqualTo("`order`");
		assertThat(this.dialect.identifier("MixedCase")).isEqualTo("`MixedCase`");
		assertThat(this.dialect.quotedIdentifier("a`b")).isEqualTo("`a``b`");
	}

	@Test
	void escapesQuotesAndBackslashesInLiterals() {
		assertThat(this.dialect.stringLiteral("it's C:\\dir")).isEqualTo("'it''s C:\\\\dir'");
	}

	@Test
	void commitsDdlAtOnceAndSplitsWithMySqlSyntax() {
		assertThat(this.dialect.transactionalDdl()).isFalse();
		assertThat(this.dialect.sqlSyntax()).isEqualTo(SqlSyntax.MYSQL);
	}

	@Test
	void writesTheHistoryTableWithAnAutoIncrementKeyAndMillisecondTimes() {
		assertThat(this.dialect.createHistoryTable(TableName.of("migrate_history")))
			.contains("id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY", "started_at DATETIME(3) NOT NULL");
	}

	@Test
	void opensOfflineTransactionsWithStartTransaction() {
		assertThat(this.dialect.beginTransaction()).isEqualTo("START TRANSACTION");
		assertThat(this.dialect.commitTransaction()).isEqualTo("COMMIT");
	}

}
