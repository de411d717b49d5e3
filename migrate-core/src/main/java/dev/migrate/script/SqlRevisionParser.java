package dev.migrate.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.migrate.revision.Revision;

/**
 * Parses SQL revision scripts.
 *
 * <p>A script starts with a header of {@code --} comment lines: a message, a {@code --}
 * separator line, then {@code Revision ID:}, {@code Revises:}, {@code Create Date:},
 * {@code Branch Labels:} and {@code Depends On:} lines (keys are case-insensitive; all but
 * {@code Revision ID:} may be absent; {@code Revises:} is empty for a base and comma-separated
 * for a merge). Other comment lines are free text. {@code -- migrate:no-transaction} may appear
 * anywhere in the header. {@code -- migrate:upgrade} ends the header and opens the upgrade
 * section; {@code -- migrate:downgrade} opens the optional downgrade section. Markers are
 * recognised on lines of their own.
 *
 * <p>Reading a header stops at {@code -- migrate:upgrade}: the body is neither read nor
 * scanned, so loading many scripts to upgrade a database that is already at head stays cheap.
 */
public final class SqlRevisionParser {

	private static final String DIRECTIVE_PREFIX = "migrate:";

	private static final String UPGRADE = "upgrade";

	private static final String DOWNGRADE = "downgrade";

	private static final String NO_TRANSACTION = "no-transaction";

	private SqlRevisionParser() {
	}

	/**
	 * Parses the header of a script held in memory.
	 * @param text the script
	 * @param origin the script, as the user knows it, named in errors
	 * @return the header
	 * @throws ScriptParseException if the header is malformed
	 */
	public static SqlRevisionHeader parseHeader(String text, String origin) {
		return parseHeader(new BufferedReader(new StringReader(text)), origin);
	}

	/**
	 * Parses the header of a script, reading lines up to and including
	 * {@code -- migrate:upgrade} and no further.
	 * @param reader the script's text
	 * @param origin the script, as the user knows it, named in errors
	 * @return the header
	 * @throws ScriptParseException if the header is malformed
	 * @throws ScriptReadException if the text cannot be read
	 */
	public static SqlRevisionHeader parseHeader(BufferedReader reader, String origin) {
		return parse(reader::readLine, origin);
	}

	/**
	 * Parses the header of a script from its UTF-8 bytes, reading little more than the lines up
	 * to and including {@code -- migrate:upgrade}.
	 * @param content the script's bytes
	 * @param origin the script, as the user knows it, named in errors
	 * @return the header
	 * @throws ScriptParseException if the header is malformed
	 * @throws ScriptReadException if the bytes cannot be read or are not UTF-8
	 */
	static SqlRevisionHeader parseHeader(InputStream content, String origin) {
		return parse(new HeaderLineReader(content)::readLine, origin);
	}

	private static SqlRevisionHeader parse(Lines lines, String origin) {
		HeaderReader header = new HeaderReader(origin);
		try {
			String line = lines.next();
			if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
				line = line.substring(1);
			}
			while (line != null) {
				if (header.accept(line)) {
					return header.finish();
				}
				line = lines.next();
			}
		}
		catch (IOException ex) {
			throw new ScriptReadException(origin, ex);
		}
		throw new ScriptParseException(origin, "no '-- migrate:upgrade' line: a revision script needs an upgrade"
				+ " section after its header (move .sql files that are not revision scripts out of the script locations)");
	}

	/**
	 * Finds the sections of a whole script, checking every marker line of its body.
	 * @param text the script, line breaks normalised to {@code \n}
	 * @param origin the script, named in errors
	 * @return where the sections lie
	 */
	static SqlSections parseSections(String text, String origin) {
		SectionFinder finder = new SectionFinder(origin, text.length());
		int length = text.length();
		int lineStart = 0;
		int lineNumber = 1;
		while (lineStart < length) {
			int lineEnd = text.indexOf('\n', lineStart);
			int next = (lineEnd < 0) ? length : lineEnd + 1;
			lineEnd = (lineEnd < 0) ? length : lineEnd;
			String directive = directiveAt(text, lineStart, lineEnd);
			if (directive != null) {
				finder.accept(directive, lineNumber, lineStart, next);
			}
			lineStart = next;
			lineNumber++;
		}
		return finder.finish();
	}

	/**
	 * Returns the directive of the line {@code [start, end)}, or {@code null} if the line is not
	 * a directive. Cheap for lines that are not comments.
	 */
	private static @Nullable String directiveAt(String text, int start, int end) {
		int i = start;
		while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		if (i + 1 >= end || text.charAt(i) != '-' || text.charAt(i + 1) != '-') {
			return null;
		}
		return directive(text.substring(i + 2, end).strip());
	}

	/**
	 * Returns the directive named by a comment's content, or {@code null} if the content is not
	 * a directive. {@code migrate:} must be followed at once by the directive's name, so that a
	 * message such as {@code Migrate: users} stays a message.
	 */
	private static @Nullable String directive(String content) {
		int length = DIRECTIVE_PREFIX.length();
		if (content.length() > length && content.regionMatches(true, 0, DIRECTIVE_PREFIX, 0, length)
				&& !Character.isWhitespace(content.charAt(length))) {
			return content.substring(length).strip().toLowerCase(Locale.ROOT);
		}
		return null;
	}

	private static ScriptParseException unknownDirective(String origin, int line, String directive) {
		return new ScriptParseException(origin, line, "unknown directive '-- " + DIRECTIVE_PREFIX + directive
				+ "'; the directives are '-- migrate:upgrade', '-- migrate:downgrade' and '-- migrate:no-transaction'");
	}

	private static ScriptParseException downgradeFirst(String origin, int line) {
		return new ScriptParseException(origin, line,
				"'-- migrate:downgrade' comes before '-- migrate:upgrade'; put the upgrade section first");
	}

	/**
	 * The keys of a header.
	 */
	private enum Key {

		REVISION_ID("Revision ID"), REVISES("Revises"), CREATE_DATE("Create Date"), BRANCH_LABELS("Branch Labels"),
		DEPENDS_ON("Depends On");

		private static final Key[] KEYS = values();

		private final String label;

		Key(String label) {
			this.label = label;
		}

		static @Nullable Key of(String text) {
			String normalised = singleSpaced(text);
			for (Key key : KEYS) {
				if (key.label.equalsIgnoreCase(normalised)) {
					return key;
				}
			}
			return null;
		}

		/**
		 * Strips the text and turns each run of whitespace inside it into one space.
		 */
		private static String singleSpaced(String text) {
			String stripped = text.strip();
			if (isSingleSpaced(stripped)) {
				return stripped;
			}
			StringBuilder spaced = new StringBuilder(stripped.length());
			boolean space = false;
			for (int i = 0; i < stripped.length(); i++) {
				char c = stripped.charAt(i);
				if (Character.isWhitespace(c)) {
					space = true;
				}
				else {
					if (space) {
						spaced.append(' ');
						space = false;
					}
					spaced.append(c);
				}
			}
			return spaced.toString();
		}

		private static boolean isSingleSpaced(String text) {
			boolean space = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				boolean whitespace = Character.isWhitespace(c);
				if (whitespace && (c != ' ' || space)) {
					return false;
				}
				space = whitespace;
			}
			return true;
		}

	}

	/**
	 * Reads header lines one at a time.
	 */
	private static final class HeaderReader {

		private final String origin;

		private final Map<Key, String> values = new EnumMap<>(Key.class);

		private final Map<Key, Integer> valueLines = new EnumMap<>(Key.class);

		private final List<String> messageLines = new ArrayList<>();

		private final List<String> documentation = new ArrayList<>();

		private boolean messageEnded;

		private boolean transactional = true;

		private int line;

		HeaderReader(String origin) {
			this.origin = origin;
		}

		/**
		 * Takes the next line.
		 * @return whether it was {@code -- migrate:upgrade}, which ends the header
		 */
		boolean accept(String rawLine) {
			this.line++;
			String stripped = rawLine.strip();
			if (stripped.isEmpty()) {
				endMessage();
				this.documentation.add("");
				return false;
			}
			if (!stripped.startsWith("--")) {
				throw new ScriptParseException(this.origin, this.line, "SQL before the '-- migrate:upgrade' line:"
						+ " the header holds only '--' comments; statements belong in the upgrade or downgrade section");
			}
			String content = stripped.substring(2).strip();
			String directive = directive(content);
			if (directive != null) {
				endMessage();
				return acceptDirective(directive);
			}
			this.documentation.add(documentationLine(stripped));
			int colon = content.indexOf(':');
			Key key = (colon > 0) ? Key.of(content.substring(0, colon)) : null;
			if (key != null) {
				this.messageEnded = true;
				acceptValue(key, content.substring(colon + 1).strip());
			}
			else if (content.isEmpty()) {
				endMessage();
			}
			else if (!this.messageEnded) {
				this.messageLines.add(content);
			}
			return false;
		}

		private void endMessage() {
			if (!this.messageLines.isEmpty()) {
				this.messageEnded = true;
			}
		}

		private boolean acceptDirective(String directive) {
			switch (directive) {
				case UPGRADE:
					return true;
				case NO_TRANSACTION:
					this.transactional = false;
					return false;
				case DOWNGRADE:
					throw downgradeFirst(this.origin, this.line);
				default:
					throw unknownDirective(this.origin, this.line, directive);
			}
		}

		private void acceptValue(Key key, String value) {
			Integer first = this.valueLines.putIfAbsent(key, this.line);
			if (first != null) {
				throw new ScriptParseException(this.origin, this.line,
						"duplicate '" + key.label + ":' line (the first is on line " + first + ")");
			}
			this.values.put(key, value);
		}

		SqlRevisionHeader finish() {
			String id = this.values.get(Key.REVISION_ID);
			if (id == null) {
				throw new ScriptParseException(this.origin, "no 'Revision ID:' line in the header"
						+ " before '-- migrate:upgrade' (line " + this.line + ")");
			}
			if (!Revision.isValidId(id)) {
				throw new ScriptParseException(this.origin, this.valueLines.get(Key.REVISION_ID), "invalid revision id '"
						+ id + "': use 1 to 32 letters, digits or underscores");
			}
			List<String> downRevisions = list(Key.REVISES);
			for (String downRevision : downRevisions) {
				if (!Revision.isValidId(downRevision)) {
					throw new ScriptParseException(this.origin, this.valueLines.get(Key.REVISES), "invalid revision id '"
							+ downRevision + "' in 'Revises:'; list revision ids separated by commas, or nothing for a base");
				}
			}
			List<String> branchLabels = list(Key.BRANCH_LABELS);
			for (String label : branchLabels) {
				if (label.indexOf('@') >= 0) {
					throw new ScriptParseException(this.origin, this.valueLines.get(Key.BRANCH_LABELS),
							"invalid branch label '" + label + "': a label cannot contain '@'");
				}
			}
			return new SqlRevisionHeader(id, downRevisions, branchLabels, list(Key.DEPENDS_ON),
					String.join("\n", this.messageLines), this.values.getOrDefault(Key.CREATE_DATE, ""),
					this.transactional, documentationText());
		}

		private List<String> list(Key key) {
			String value = this.values.get(key);
			if (value == null || value.isEmpty()) {
				return List.of();
			}
			List<String> items = new ArrayList<>();
			for (String item : value.split(",")) {
				String trimmed = item.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				if (containsWhitespace(trimmed)) {
					throw new ScriptParseException(this.origin, this.valueLines.get(key), "invalid value '" + trimmed
							+ "' in '" + key.label + ":': separate the values with commas");
				}
				items.add(trimmed);
			}
			return items;
		}

		private static boolean containsWhitespace(String text) {
			for (int i = 0; i < text.length(); i++) {
				if (Character.isWhitespace(text.charAt(i))) {
					return true;
				}
			}
			return false;
		}

		private String documentationText() {
			int first = 0;
			int last = this.documentation.size();
			while (first < last && this.documentation.get(first).isEmpty()) {
				first++;
			}
			while (last > first && this.documentation.get(last - 1).isEmpty()) {
				last--;
			}
			return String.join("\n", this.documentation.subList(first, last));
		}

		private static String documentationLine(String stripped) {
			String text = stripped.substring(2);
			return (text.startsWith(" ") ? text.substring(1) : text).stripTrailing();
		}

	}

	/**
	 * Gives a script's lines one at a time.
	 */
	@FunctionalInterface
	private interface Lines {

		/**
		 * Returns the next line, without its line break, or {@code null} at the end.
		 */
		@Nullable String next() throws IOException;

	}

	/**
	 * Follows the marker lines of a whole script.
	 */
	private static final class SectionFinder {

		private final String origin;

		private final int length;

		private int upgradeLine;

		private int upgradeStart = -1;

		private int upgradeEnd;

		private int downgradeLine;

		private int downgradeStart = -1;

		SectionFinder(String origin, int length) {
			this.origin = origin;
			this.length = length;
		}

		void accept(String directive, int line, int lineStart, int nextLineStart) {
			switch (directive) {
				case UPGRADE -> {
					if (this.upgradeStart >= 0) {
						throw new ScriptParseException(this.origin, line, "a second '-- migrate:upgrade' line (the first is"
								+ " on line " + this.upgradeLine + "); a script has one upgrade section");
					}
					this.upgradeLine = line;
					this.upgradeStart = nextLineStart;
				}
				case DOWNGRADE -> {
					if (this.upgradeStart < 0) {
						throw downgradeFirst(this.origin, line);
					}
					if (this.downgradeStart >= 0) {
						throw new ScriptParseException(this.origin, line, "a second '-- migrate:downgrade' line (the first"
								+ " is on line " + this.downgradeLine + "); a script has at most one downgrade section");
					}
					this.upgradeEnd = lineStart;
					this.downgradeLine = line;
					this.downgradeStart = nextLineStart;
				}
				case NO_TRANSACTION -> {
					if (this.upgradeStart >= 0) {
						throw new ScriptParseException(this.origin, line,
								"'-- migrate:no-transaction' belongs in the header, before '-- migrate:upgrade'");
					}
				}
				default -> throw unknownDirective(this.origin, line, directive);
			}
		}

		SqlSections finish() {
			if (this.upgradeStart < 0) {
				throw new ScriptParseException(this.origin, "no '-- migrate:upgrade' line: a revision script needs an"
						+ " upgrade section after its header");
			}
			if (this.downgradeStart < 0) {
				return new SqlSections(new SqlSections.Section(this.upgradeStart, this.length, this.upgradeLine + 1),
						Optional.empty());
			}
			return new SqlSections(new SqlSections.Section(this.upgradeStart, this.upgradeEnd, this.upgradeLine + 1),
					Optional.of(new SqlSections.Section(this.downgradeStart, this.length, this.downgradeLine + 1)));
		}

	}

}
