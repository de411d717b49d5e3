package dev.migrate.command;

import org.jspecify.annotations.Nullable;

/**
 * The range of {@code history -r}: {@code start:end}, {@code start:} or {@code :end}, an
 * empty end meaning {@code base} at the start and {@code heads} at the end.
 *
 * @param lower the older end, {@code base} when not given
 * @param upper the newer end, {@code heads} when not given
 */
record HistoryRange(String lower, String upper) {

	static final HistoryRange ALL = new HistoryRange("base", "heads");

	/**
	 * Parses a range as {@code history -r} takes it.
	 * @param range the range, or {@code null} for everything
	 * @return the range
	 * @throws CommandException if the range has no colon, or more than one
	 */
	static HistoryRange parse(@Nullable String range) {
		if (range == null) {
			return ALL;
		}
		String trimmed = range.strip();
		int colon = trimmed.indexOf(':');
		if (colon < 0 || trimmed.indexOf(':', colon + 1) >= 0) {
			throw new CommandException("History range requires [start]:[end], [start]:, or :[end]; got '" + range + "'");
		}
		String lower = trimmed.substring(0, colon);
		String upper = trimmed.substring(colon + 1);
		return new HistoryRange(lower.isEmpty() ? "base" : lower, upper.isEmpty() ? "heads" : upper);
	}

	boolean mentionsCurrent() {
		return "current".equals(this.lower) || "current".equals(this.upper);
	}

}
