package dev.migrate.cli;

import java.time.Duration;

import dev.migrate.cli.OptionConverters.DurationConverter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link OptionConverters}.
 */
class OptionConvertersTests {

	private final DurationConverter durations = new DurationConverter();

	@Test
	void durationsTakeANumberAndAUnit() {
		assertThat(this.durations.convert("500ms")).isEqualTo(Duration.ofMillis(500));
		assertThat(this.durations.convert("30s")).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.durations.convert("5m")).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.durations.convert("1H")).isEqualTo(Duration.ofHours(1));
		assertThat(this.durations.convert(" 10 s ")).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void durationsTakeIso8601() {
		assertThat(this.durations.convert("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
		assertThat(this.durations.convert("pt2s")).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void zeroNeedsNoUnit() {
		assertThat(this.durations.convert("0")).isZero();
	}

	@Test
	void otherNumbersNeedAUnit() {
		assertThatExceptionOfType(TypeConversionException.class).isThrownBy(() -> this.durations.convert("30"))
			.withMessage("Invalid duration '30': it has no unit; write 500ms, 30s, 5m, 1h, 0 or ISO-8601 such as PT1M30S");
	}

	@Test
	void negativeAndMalformedDurationsAreRefused() {
		assertThatExceptionOfType(TypeConversionException.class).isThrownBy(() -> this.durations.convert("PT-1S"))
			.withMessageContaining("it is negative");
		assertThatExceptionOfType(TypeConversionException.class).isThrownBy(() -> this.durations.convert("-1s"))
			.withMessageContaining("it is not a number with a unit");
		assertThatExceptionOfType(TypeConversionException.class).isThrownBy(() -> this.durations.convert("5 days"))
			.withMessageContaining("it is not a number with a unit");
		assertThatExceptionOfType(TypeConversionException.class).isThrownBy(() -> this.durations.convert("PT"))
			.withMessageContaining("it is not an ISO-8601 duration");
	}

	@Test
	void dialectsTransactionModesAndTablesAreReadByTheirTypes() {
		assertThat(new OptionConverters.DialectConverter().convert("MySQL").name()).isEqualTo("mysql");
		assertThat(new OptionConverters.TransactionModeConverter().convert("per_migration").value())
			.isEqualTo("per-migration");
		assertThat(new OptionConverters.TableNameConverter().convert("audit.versions").toString())
			.isEqualTo("audit.versions");
	}

}
