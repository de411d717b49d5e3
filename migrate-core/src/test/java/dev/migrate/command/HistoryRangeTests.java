package dev.migrate.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link HistoryRange}.
 */
class HistoryRangeTests {

	@Test
	void noRangeMeansFromBaseToEveryHead() {
		assertThat(HistoryRange.parse(null)).isEqualTo(new HistoryRange("base", "heads"));
	}

	@Test
	void bothEndsAreKept() {
		assertThat(HistoryRange.parse("ae10:head")).isEqualTo(new HistoryRange("ae10", "head"));
	}

	@Test
	void missingStartMeansBase() {
		assertThat(HistoryRange.parse(":ae10")).isEqualTo(new HistoryRange("base", "ae10"));
	}

	@Test
	void missingEndMeansEveryHead() {
		assertThat(HistoryRange.parse("-2:")).isEqualTo(new HistoryRange("-2", "heads"));
	}

	@Test
	void loneColonMeansEverything() {
		assertThat(HistoryRange.parse(":")).isEqualTo(HistoryRange.ALL);
	}

	@Test
	void surroundingSpacesAreIgnored() {
		assertThat(HistoryRange.parse(" a:b ")).isEqualTo(new HistoryRange("a", "b"));
	}

	@Test
	void rangeWithoutAColonIsRejected() {
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> HistoryRange.parse("ae10"))
			.withMessage("History range requires [start]:[end], [start]:, or :[end]; got 'ae10'");
	}

	@Test
	void rangeWithTwoColonsIsRejected() {
		assertThatExceptionOfType(CommandException.class).isThrownBy(() -> HistoryRange.parse("a:b:c"));
	}

	@Test
	void currentAtEitherEndIsNoticed() {
		assertThat(HistoryRange.parse("-2:current").mentionsCurrent()).isTrue();
		assertThat(HistoryRange.parse("current:").mentionsCurrent()).isTrue();
		assertThat(HistoryRange.parse("base:heads").mentionsCurrent()).isFalse();
	}

}
