package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for {@link MigrateValidationFailureAnalyzer}.
 */
class MigrateValidationFailureAnalyzerTests {

	@Test
	void pendingRevisionsAreDescribedWithTheWayToUpgrade() {
		DataSource dataSource = TestDataSources.h2();
		MigrateValidationException failure = catchThrowableOfType(MigrateValidationException.class,
				() -> Migrate.builder("default", dataSource).build().validate());
		FailureAnalysis analysis = new MigrateValidationFailureAnalyzer().analyze(new IllegalStateException(failure));
		assertThat(analysis.getDescription()).contains("2 pending revisions: 3512b954651e (Create todos)");
		assertThat(analysis.getAction()).contains("migrate.on-startup=upgrade");
	}

}
