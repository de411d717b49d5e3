package dev.migrate.command;

import dev.migrate.command.DatabaseCommandsTests.UnreachableDataSource;
import dev.migrate.dialect.Dialects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DatabaseTarget}.
 */
class DatabaseTargetTests {

	@Test
	void aDataSourceAloneIsDetectedAndAsksItsConnectionForTheUrl() {
		DatabaseTarget target = DatabaseTarget.of(new UnreachableDataSource());
		assertThat(target.dialect()).isEmpty();
		assertThat(target.url()).isEmpty();
	}

	@Test
	void aDialectAndAUrlCanBeGiven() {
		DatabaseTarget target = DatabaseTarget.of(new UnreachableDataSource())
			.withDialect(Dialects.forName("h2"))
			.withUrl("jdbc:h2:mem:x");
		assertThat(target.dialect()).hasValueSatisfying((dialect) -> assertThat(dialect.name()).isEqualTo("h2"));
		assertThat(target.url()).hasValue("jdbc:h2:mem:x");
	}

	@Test
	void toStringMasksThePassword() {
		DatabaseTarget target = DatabaseTarget.of(new UnreachableDataSource())
			.withUrl("jdbc:postgresql://db/app?password=s3cret");
		assertThat(target).hasToString("DatabaseTarget jdbc:postgresql://db/app?password=****");
	}

}
