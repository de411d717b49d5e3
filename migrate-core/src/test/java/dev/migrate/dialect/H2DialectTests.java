package dev.migrate.dialect;

import org.junit.jupiter.api.Test;

import dev.migrate.script.SqlSyntax;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link H2Dialect}.
 */
class H2DialectTests {

	private final H2Dialect dialect = new H2Dialect();

	@Test
	void quotesOnlyWhatH2NeedsQuoted() {
		// quoting a lower-case name on H2 would make it case-sensitive, so only what must be is
		assertThat(this.dialect.identifier("migrate_version")).isEqualTo("migrate_version");
		assertThat(this.dialect.identifier("version")).isEqualTo("version");
		assertThat(this.dialect.identifier("order")).isEqualTo("\"order\"");
		assertThat(this.dialect.identifier("value")).isEqualTo("\"value\"");
		assertThat(this.dialect.identifier("MixedCase")).isEqualTo("\"MixedCase\"");
	}

	@Test
	void commitsDdlAtOnce() {
		assertThat(this.dialect.transactionalDdl()).isFalse();
		assertThat(this.dialect.sqlSyntax()).isEqualTo(SqlSyntax.STANDARD);
	}

	@Test
	void locksWithARowOfATableNamedAfterTheVersionTable() {
		assertThat(H2LockRow.lockTable(TableName.of("s", "migrate_version"))).isEqualTo(TableName.of("s",
				"migrate_version_lock"));
	}

}
