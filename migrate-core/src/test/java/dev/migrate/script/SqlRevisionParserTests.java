package dev.migrate.script;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlRevisionParserTests {

	private static final String ORIGIN = "db/migrate/1975ea83b712_add_priority.sql";

	private static final String DESIGN_EXAMPLE = """
			-- Add priority to todos
			--
			-- Revision ID: 1975ea83b712
			-- Revises: 3512b954651e
			-- Create Date: 2026-11-21 10:00:00.000000
			-- Branch Labels: todo
			-- Depends On:

			-- migrate:upgrade
			ALTER TABLE todos ADD COLUMN priority VARCHAR(20);

			-- migrate:downgrade
			ALTER TABLE todos DROP COLUMN priority;
			""";

	@Test
	void readsTheRevisionId() {
		assertThat(parse(DESIGN_EXAMPLE).id()).isEqualTo("1975ea83b712");
	}

	@Test
	void readsTheDownRevision() {
		assertThat(parse(DESIGN_EXAMPLE).downRevisions()).containsExactly("3512b954651e");
	}

	@Test
	void readsTheMessageBeforeTheSeparator() {
		assertThat(parse(DESIGN_EXAMPLE).message()).isEqualTo("Add priority to todos");
	}

	@Test
	void readsTheCreateDateAsWritten() {
		assertThat(parse(DESIGN_EXAMPLE).createDate()).isEqualTo("2026-11-21 10:00:00.000000");
	}

	@Test
	void readsTheBranchLabels() {
		assertThat(parse(DESIGN_EXAMPLE).branchLabels()).containsExactly("todo");
	}

	@Test
	void readsAnEmptyDependsOnAsNoDependencies() {
		assertThat(parse(DESIGN_EXAMPLE).dependsOn()).isEmpty();
	}

	@Test
	void runsInATransactionByDefault() {
		assertThat(parse(DESIGN_EXAMPLE).transactional()).isTrue();
	}

	@Test
	void keepsTheWholeHeaderAsDocumentation() {
		assertThat(parse(DESIGN_EXAMPLE).documentation()).isEqualTo("""
				Add priority to todos

				Revision ID: 1975ea83b712
				Revises: 3512b954651e
				Create Date: 2026-11-21 10:00:00.000000
				Branch Labels: todo
				Depends On:""");
	}

	@Test
	void readsAnEmptyRevisesAsABase() {
		assertThat(parse(header("-- Revises:")).downRevisions()).isEmpty();
	}

	@Test
	void readsCommaSeparatedRevisesAsAMerge() {
		assertThat(parse(header("-- Revises: ae1027a6acf, 27c6a30d7c24 ,3512b954651e")).downRevisions())
			.containsExactly("ae1027a6acf", "27c6a30d7c24", "3512b954651e");
	}

	@Test
	void readsCommaSeparatedBranchLabels() {
		assertThat(parse(header("-- Branch Labels: shopping_cart, billing")).branchLabels())
			.containsExactly("shopping_cart", "billing");
	}

	@Test
	void readsCommaSeparatedDependencies() {
		assertThat(parse(header("-- Depends On: 55af2cb1c267, networking")).dependsOn())
			.containsExactly("55af2cb1c267", "networking");
	}

	@Test
	void acceptsAHeaderWithOnlyARevisionId() {
		SqlRevisionHeader header = parse("-- Revision ID: abc123\n-- migrate:upgrade\n");
		assertThat(header.id()).isEqualTo("abc123");
		assertThat(header.downRevisions()).isEmpty();
		assertThat(header.branchLabels()).isEmpty();
		assertThat(header.dependsOn()).isEmpty();
		assertThat(header.createDate()).isEmpty();
		assertThat(header.message()).isEmpty();
	}

	@Test
	void readsKeysWhateverTheirCase() {
		SqlRevisionHeader header = parse("""
				-- REVISION ID: abc123
				-- revises: def456
				-- branch labels: x
				-- DEPENDS on: y
				-- create DATE: today
				-- migrate:upgrade
				""");
		assertThat(header.id()).isEqualTo("abc123");
		assertThat(header.downRevisions()).containsExactly("def456");
		assertThat(header.branchLabels()).containsExactly("x");
		assertThat(header.dependsOn()).containsExactly("y");
		assertThat(header.createDate()).isEqualTo("today");
	}

	@Test
	void toleratesExtraSpacesInKeysAndAroundValues() {
		SqlRevisionHeader header = parse("--Revision  ID :   abc123   \n--   Revises:def456\n-- migrate:upgrade\n");
		assertThat(header.id()).isEqualTo("abc123");
		assertThat(header.downRevisions()).containsExactly("def456");
	}

	@Test
	void toleratesTabsAndRunsOfWhitespaceInsideKeys() {
		SqlRevisionHeader header = parse("-- Revision\t ID: abc123\n-- Branch \t  Labels: x\n-- migrate:upgrade\n");
		assertThat(header.id()).isEqualTo("abc123");
		assertThat(header.branchLabels()).containsExactly("x");
	}

	@Test
	void treatsAKeyRunTogetherAsFreeText() {
		SqlRevisionHeader header = parse("-- Revision ID: abc123\n-- BranchLabels: x\n-- migrate:upgrade\n");
		assertThat(header.branchLabels()).isEmpty();
	}

	@Test
	void readsTheSameHeaderFromBytesAsFromText() {
		List<String> scripts = List.of(DESIGN_EXAMPLE, DESIGN_EXAMPLE.replace("\n", "\r\n"),
				DESIGN_EXAMPLE.replace("\n", "\r"), "\uFEFF" + DESIGN_EXAMPLE,
				"-- Caf\u00e9 f\u00fcr alle \u2713\n--\n-- Revision ID: abc123\n-- migrate:no-transaction\n-- migrate:upgrade",
				"--Revision  ID :   abc123   \n--   Revises:def456, \tghi789\n-- migrate:upgrade\n");
		for (String script : scripts) {
			assertThat(parseBytes(script.getBytes(StandardCharsets.UTF_8))).isEqualTo(parse(script));
		}
	}

	@Test
	void rejectsAHeaderThatIsNotUtf8NamingTheFile() {
		byte[] latin1 = "-- Caf\u00e9\n-- Revision ID: abc123\n-- migrate:upgrade\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(ScriptReadException.class).isThrownBy(() -> parseBytes(latin1))
			.withMessageContaining(ORIGIN)
			.withMessageContaining("not valid UTF-8");
	}

	@Test
	void readsLittleMoreThanTheHeaderFromBytes() {
		CountingInputStream counting = new CountingInputStream(
				(DESIGN_EXAMPLE + "SELECT 1;\n".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
		SqlRevisionParser.parseHeader(counting, ORIGIN);
		assertThat(counting.bytesRead).isLessThan(1024);
	}

	@Test
	void readsAMessageOfSeveralLines() {
		SqlRevisionHeader header = parse("""
				-- Add priority
				-- and due dates to todos
				--
				-- Revision ID: abc123
				-- migrate:upgrade
				""");
		assertThat(header.message()).isEqualTo("Add priority\nand due dates to todos");
	}

	@Test
	void endsTheMessageAtABlankLine() {
		SqlRevisionHeader header = parse("-- Add priority\n\n-- More words\n-- Revision ID: abc123\n-- migrate:upgrade\n");
		assertThat(header.message()).isEqualTo("Add priority");
	}

	@Test
	void endsTheMessageAtTheFirstKeyWhenThereIsNoSeparator() {
		assertThat(parse("-- Add priority\n-- Revision ID: abc123\n-- migrate:upgrade\n").message())
			.isEqualTo("Add priority");
	}

	@Test
	void hasNoMessageWhenTheHeaderStartsWithItsKeys() {
		SqlRevisionHeader header = parse("-- Revision ID: abc123\n-- Notes: nothing here\n-- migrate:upgrade\n");
		assertThat(header.message()).isEmpty();
		assertThat(header.documentation()).contains("Notes: nothing here");
	}

	@Test
	void skipsBlankLinesBeforeTheMessage() {
		assertThat(parse("\n--\n-- Add priority\n--\n-- Revision ID: abc123\n-- migrate:upgrade\n").message())
			.isEqualTo("Add priority");
	}

	@Test
	void keepsAMessageThatLooksLikeANoteWithASpaceAfterMigrate() {
		assertThat(parse("-- Migrate: users to accounts\n--\n-- Revision ID: abc123\n-- migrate:upgrade\n").message())
			.isEqualTo("Migrate: users to accounts");
	}

	@Test
	void treatsUnknownKeysAsFreeText() {
		SqlRevisionHeader header = parse(header("-- Author: someone"));
		assertThat(header.id()).isEqualTo("1975ea83b712");
		assertThat(header.documentation()).contains("Author: someone");
	}

	@Test
	void readsNoTransactionInTheHeader() {
		assertThat(parse(header("-- migrate:no-transaction")).transactional()).isFalse();
	}

	@Test
	void readsNoTransactionBeforeTheMessage() {
		assertThat(parse("-- migrate:no-transaction\n-- Build index\n--\n-- Revision ID: abc123\n-- migrate:upgrade\n")
			.transactional()).isFalse();
	}

	@Test
	void readsDirectivesWhateverTheirCase() {
		SqlRevisionHeader header = parse("-- Revision ID: abc123\n-- MIGRATE:No-Transaction\n  --  migrate:UPGRADE  \n");
		assertThat(header.transactional()).isFalse();
	}

	@Test
	void leavesDirectivesOutOfTheDocumentation() {
		assertThat(parse(header("-- migrate:no-transaction")).documentation()).doesNotContain("migrate:");
	}

	@Test
	void skipsAByteOrderMark() {
		assertThat(parse("\uFEFF-- Revision ID: abc123\n-- migrate:upgrade\n").id()).isEqualTo("abc123");
	}

	@Test
	void readsWindowsLineEndings() {
		SqlRevisionHeader header = parse("-- Message\r\n--\r\n-- Revision ID: abc123\r\n-- migrate:upgrade\r\nSELECT 1;\r\n");
		assertThat(header.id()).isEqualTo("abc123");
		assertThat(header.message()).isEqualTo("Message");
	}

	@Test
	void stopsReadingAtTheUpgradeMarker() throws IOException {
		CountingReader counting = new CountingReader(DESIGN_EXAMPLE + "SELECT 1;\n".repeat(10_000));
		SqlRevisionParser.parseHeader(new BufferedReader(counting, 256), ORIGIN);
		assertThat(counting.charsRead).isLessThan(1024);
	}

	@Test
	void doesNotLookAtTheBody() {
		SqlRevisionHeader header = parse("-- Revision ID: abc123\n-- migrate:upgrade\nSELECT 'unterminated\n-- migrate:bogus\n");
		assertThat(header.id()).isEqualTo("abc123");
	}

	@Test
	void rejectsAScriptWithoutAnUpgradeSectionNamingTheFile() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("-- Revision ID: abc123\n-- Revises:\n"))
			.withMessageStartingWith(ORIGIN + ": ")
			.withMessageContaining("no '-- migrate:upgrade' line")
			.satisfies((ex) -> assertThat(ex.line()).isEmpty());
	}

	@Test
	void rejectsAScriptWithoutARevisionId() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("-- Add things\n--\n-- Revises: abc\n-- migrate:upgrade\n"))
			.withMessageStartingWith(ORIGIN + ": ")
			.withMessageContaining("no 'Revision ID:' line");
	}

	@Test
	void rejectsAnInvalidRevisionIdNamingTheLine() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("-- Add things\n--\n-- Revision ID: abc-123\n-- migrate:upgrade\n"))
			.withMessageStartingWith(ORIGIN + ":3: ")
			.withMessageContaining("invalid revision id 'abc-123'")
			.satisfies((ex) -> assertThat(ex.line()).hasValue(3));
	}

	@Test
	void rejectsAnEmptyRevisionId() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("-- Revision ID:\n-- migrate:upgrade\n"))
			.withMessageStartingWith(ORIGIN + ":1: ");
	}

	@Test
	void rejectsAnInvalidDownRevisionNamingTheLine() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("-- Revision ID: abc123\n-- Revises: def-456\n-- migrate:upgrade\n"))
			.withMessageStartingWith(ORIGIN + ":2: ")
			.withMessageContaining("'def-456'");
	}

	@Test
	void rejectsValuesSeparatedBySpacesInsteadOfCommas() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("-- Revision ID: abc123\n-- Branch Labels: one two\n-- migrate:upgrade\n"))
			.withMessageStartingWith(ORIGIN + ":2: ")
			.withMessageContaining("separate the values with commas");
	}

	@Test
	void rejectsABranchLabelWithAnAtSign() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("-- Revision ID: abc123\n-- Branch Labels: a@b\n-- migrate:upgrade\n"))
			.withMessageStartingWith(ORIGIN + ":2: ");
	}

	@Test
	void rejectsADuplicateKeyNamingBothLines() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("-- Revision ID: abc123\n-- Revises: a\n-- revises: b\n-- migrate:upgrade\n"))
			.withMessageStartingWith(ORIGIN + ":3: ")
			.withMessageContaining("duplicate 'Revises:' line (the first is on line 2)");
	}

	@Test
	void rejectsAnUnknownDirectiveNamingTheLine() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("-- Revision ID: abc123\n-- migrate:no-transactions\n-- migrate:upgrade\n"))
			.withMessageStartingWith(ORIGIN + ":2: ")
			.withMessageContaining("unknown directive '-- migrate:no-transactions'");
	}

	@Test
	void rejectsADowngradeSectionBeforeTheUpgradeSection() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("-- Revision ID: abc123\n-- migrate:downgrade\nDROP TABLE t;\n-- migrate:upgrade\n"))
			.withMessageStartingWith(ORIGIN + ":2: ")
			.withMessageContaining("put the upgrade section first");
	}

	@Test
	void rejectsSqlInTheHeaderNamingTheLine() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("-- Revision ID: abc123\nCREATE TABLE t (id INT);\n-- migrate:upgrade\n"))
			.withMessageStartingWith(ORIGIN + ":2: ")
			.withMessageContaining("SQL before the '-- migrate:upgrade' line");
	}

	@Test
	void rejectsAPlainSqlFile() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> parse("CREATE TABLE t (id INT);\n"))
			.withMessageStartingWith(ORIGIN + ":1: ");
	}

	@Test
	void findsTheUpgradeAndDowngradeSections() {
		SqlSections sections = SqlRevisionParser.parseSections(DESIGN_EXAMPLE, ORIGIN);
		assertThat(sectionText(DESIGN_EXAMPLE, sections.upgrade()))
			.isEqualTo("ALTER TABLE todos ADD COLUMN priority VARCHAR(20);\n\n");
		assertThat(sections.upgrade().firstLine()).isEqualTo(10);
		assertThat(sectionText(DESIGN_EXAMPLE, sections.downgrade().orElseThrow()))
			.isEqualTo("ALTER TABLE todos DROP COLUMN priority;\n");
		assertThat(sections.downgrade().orElseThrow().firstLine()).isEqualTo(13);
	}

	@Test
	void findsNoDowngradeSectionWhenThereIsNone() {
		String text = "-- Revision ID: abc123\n-- migrate:upgrade\nSELECT 1;\n";
		SqlSections sections = SqlRevisionParser.parseSections(text, ORIGIN);
		assertThat(sections.downgrade()).isEmpty();
		assertThat(sectionText(text, sections.upgrade())).isEqualTo("SELECT 1;\n");
	}

	@Test
	void findsAnEmptyDowngradeSection() {
		String text = "-- Revision ID: abc123\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade";
		SqlSections sections = SqlRevisionParser.parseSections(text, ORIGIN);
		assertThat(sections.downgrade()).hasValueSatisfying((section) -> assertThat(section.start()).isEqualTo(text.length()));
	}

	@Test
	void rejectsASecondUpgradeSection() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> SqlRevisionParser.parseSections(
					"-- Revision ID: abc123\n-- migrate:upgrade\nSELECT 1;\n-- migrate:upgrade\n", ORIGIN))
			.withMessageStartingWith(ORIGIN + ":4: ")
			.withMessageContaining("the first is on line 2");
	}

	@Test
	void rejectsASecondDowngradeSection() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> SqlRevisionParser.parseSections(
					"-- Revision ID: abc123\n-- migrate:upgrade\n-- migrate:downgrade\n\n-- migrate:downgrade\n", ORIGIN))
			.withMessageStartingWith(ORIGIN + ":5: ");
	}

	@Test
	void rejectsAnUpgradeSectionAfterTheDowngradeSection() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> SqlRevisionParser.parseSections(
					"-- Revision ID: abc123\n-- migrate:upgrade\n-- migrate:downgrade\n-- migrate:upgrade\n", ORIGIN))
			.withMessageStartingWith(ORIGIN + ":4: ");
	}

	@Test
	void rejectsNoTransactionInTheBody() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> SqlRevisionParser.parseSections(
					"-- Revision ID: abc123\n-- migrate:upgrade\n-- migrate:no-transaction\n", ORIGIN))
			.withMessageStartingWith(ORIGIN + ":3: ")
			.withMessageContaining("belongs in the header");
	}

	@Test
	void rejectsAnUnknownDirectiveInTheBody() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> SqlRevisionParser.parseSections(
					"-- Revision ID: abc123\n-- migrate:upgrade\nSELECT 1;\n  -- migrate:up\n", ORIGIN))
			.withMessageStartingWith(ORIGIN + ":4: ")
			.withMessageContaining("unknown directive '-- migrate:up'");
	}

	private static SqlRevisionHeader parse(String text) {
		return SqlRevisionParser.parseHeader(text, ORIGIN);
	}

	private static SqlRevisionHeader parseBytes(byte[] content) {
		return SqlRevisionParser.parseHeader(new ByteArrayInputStream(content), ORIGIN);
	}

	private static String header(String extraLine) {
		return """
				-- Add priority to todos
				--
				-- Revision ID: 1975ea83b712
				%s

				-- migrate:upgrade
				SELECT 1;
				""".formatted(extraLine);
	}

	private static String sectionText(String text, SqlSections.Section section) {
		return text.substring(section.start(), section.end());
	}

	private static final class CountingInputStream extends InputStream {

		private final InputStream delegate;

		private int bytesRead;

		CountingInputStream(byte[] content) {
			this.delegate = new ByteArrayInputStream(content);
		}

		@Override
		public int read() throws IOException {
			int read = this.delegate.read();
			this.bytesRead += (read >= 0) ? 1 : 0;
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			this.bytesRead += Math.max(read, 0);
			return read;
		}

	}

	private static final class CountingReader extends Reader {

		private final Reader delegate;

		private int charsRead;

		CountingReader(String text) {
			this.delegate = new StringReader(text);
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			this.charsRead += Math.max(read, 0);
			return read;
		}

		@Override
		public void close() throws IOException {
			this.delegate.close();
		}

	}

}
