package dev.migrate.dialect;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TableName}.
 */
class TableNameTests {

	@Test
	void parsesANameWithoutSchema() {
		assertThat(TableName.parse("migrate_version")).isEqualTo(new TableName(Optional.empty(), "migrate_version"));
	}

	@Test
	void parsesASchemaQualifiedName() {
		assertThat(TableName.parse("audit.migrate_version")).isEqualTo(TableName.of("audit", "migrate_version"));
	}

	@Test
	void refusesMoreThanOneDot() {
		assertThatExceptionOfType(InvalidTableNameException.class).isThrownBy(() -> TableName.parse("a.b.c"))
			.withMessageContaining("'a.b.c' has more than one dot");
	}

	@Test
	void refusesAnEmptyPart() {
		assertThatExceptionOfType(InvalidTableNameException.class).isThrownBy(() -> TableName.parse(".t"))
			.withMessageContaining("empty part");
	}

	@Test
	void refusesABlankName() {
		assertThatExceptionOfType(InvalidTableNameException.class).isThrownBy(() -> TableName.of(" "));
	}

	@Test
	void aSiblingSharesTheSchema() {
		assertThat(TableName.of("audit", "v").sibling("v_lock")).isEqualTo(TableName.of("audit", "v_lock"));
	}

	@Test
	void printsAsUsersWriteIt() {
		assertThat(TableName.of("audit", "v")).hasToString("audit.v");
		assertThat(TableName.of("v")).hasToString("v");
	}

}
