package dev.migrate.script;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlStatementSplitterTests {

	private static final String ORIGIN = "db/migrate/abc_test.sql";

	@Test
	void splitsOnSemicolons() {
		assertThat(sql("CREATE TABLE a (id INT); CREATE TABLE b (id INT);"))
			.containsExactly("CREATE TABLE a (id INT)", "CREATE TABLE b (id INT)");
	}

	@Test
	void keepsTextAfterTheLastSemicolonAsAStatement() {
		assertThat(sql("SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
	}

	@Test
	void dropsEmptyStatements() {
		assertThat(sql(";; SELECT 1;;\n;")).containsExactly("SELECT 1");
	}

	@Test
	void returnsNothingForBlankText() {
		assertThat(sql("  \n\t\n")).isEmpty();
	}

	@Test
	void dropsCommentOnlyChunks() {
		assertThat(sql("-- nothing here;\n/* nor ; here */;\nSELECT 1;\n-- trailing comment")).containsExactly("SELECT 1");
	}

	@Test
	void dropsCommentsBeforeAStatement() {
		assertThat(sql("-- add a column\n/* why */ ALTER TABLE t ADD c INT;")).containsExactly("ALTER TABLE t ADD c INT");
	}

	@Test
	void keepsCommentsInsideAStatement() {
		assertThat(sql("SELECT a, -- first\n b /* second */ FROM t;"))
			.containsExactly("SELECT a, -- first\n b /* second */ FROM t");
	}

	@Test
	void dropsACommentAfterTheLastSignificantText() {
		assertThat(sql("SELECT 1 -- the answer\n;")).containsExactly("SELECT 1");
	}

	@Test
	void ignoresSemicolonsInSingleQuotedStrings() {
		assertThat(sql("INSERT INTO t VALUES ('a;b'); SELECT 1;")).containsExactly("INSERT INTO t VALUES ('a;b')",
				"SELECT 1");
	}

	@Test
	void readsDoubledQuotesInsideStrings() {
		assertThat(sql("INSERT INTO t VALUES ('it''s; fine'); SELECT 1;"))
			.containsExactly("INSERT INTO t VALUES ('it''s; fine')", "SELECT 1");
	}

	@Test
	void ignoresCommentMarkersInsideStrings() {
		assertThat(sql("SELECT '-- not a comment; /* nor this'; SELECT 2;"))
			.containsExactly("SELECT '-- not a comment; /* nor this'", "SELECT 2");
	}

	@Test
	void treatsABackslashAsAnOrdinaryCharacterInStandardStrings() {
		assertThat(sql("SELECT 'C:\\'; SELECT 2;")).containsExactly("SELECT 'C:\\'", "SELECT 2");
	}

	@Test
	void readsBackslashEscapesInMySqlStrings() {
		assertThat(sql(SqlSyntax.MYSQL, "SELECT 'it\\'s; here'; SELECT \"a\\\";b\";"))
			.containsExactly("SELECT 'it\\'s; here'", "SELECT \"a\\\";b\"");
	}

	@Test
	void readsAnEscapedBackslashBeforeTheClosingQuoteInMySqlStrings() {
		assertThat(sql(SqlSyntax.MYSQL, "SELECT 'C:\\\\'; SELECT 2;")).containsExactly("SELECT 'C:\\\\'", "SELECT 2");
	}

	@Test
	void readsBackslashEscapesInPostgresEscapeStrings() {
		assertThat(sql(SqlSyntax.POSTGRESQL, "SELECT E'it\\'s; here'; SELECT e'\\\\'; SELECT 3;"))
			.containsExactly("SELECT E'it\\'s; here'", "SELECT e'\\\\'", "SELECT 3");
	}

	@Test
	void readsAQuoteAfterAWordEndingInEAsAStandardString() {
		assertThat(sql(SqlSyntax.POSTGRESQL, "SELECT 1 AS some'\\'; SELECT 2;"))
			.containsExactly("SELECT 1 AS some'\\'", "SELECT 2");
	}

	@Test
	void ignoresSemicolonsInDoubleQuotedIdentifiers() {
		assertThat(sql("CREATE TABLE \"odd;name\"\"x\" (id INT); SELECT 1;"))
			.containsExactly("CREATE TABLE \"odd;name\"\"x\" (id INT)", "SELECT 1");
	}

	@Test
	void ignoresSemicolonsInBackQuotedIdentifiers() {
		assertThat(sql(SqlSyntax.MYSQL, "CREATE TABLE `odd;name``x` (id INT); SELECT 1;"))
			.containsExactly("CREATE TABLE `odd;name``x` (id INT)", "SELECT 1");
	}

	@Test
	void ignoresSemicolonsInLineComments() {
		assertThat(sql("SELECT 1 -- a; b\n, 2;")).containsExactly("SELECT 1 -- a; b\n, 2");
	}

	@Test
	void ignoresQuotesInComments() {
		assertThat(sql("-- it's\nSELECT 1; /* \"don't\" */ SELECT 2;")).containsExactly("SELECT 1", "SELECT 2");
	}

	@Test
	void readsASingleDashAsText() {
		assertThat(sql("SELECT 3 - 1; SELECT -1;")).containsExactly("SELECT 3 - 1", "SELECT -1");
	}

	@Test
	void readsASingleSlashAsText() {
		assertThat(sql("SELECT 4 / 2;")).containsExactly("SELECT 4 / 2");
	}

	@Test
	void doesNotNestBlockCommentsInStandardSql() {
		assertThat(sql("/* outer /* inner */ SELECT 1;")).containsExactly("SELECT 1");
	}

	@Test
	void nestsBlockCommentsInPostgres() {
		assertThat(sql(SqlSyntax.POSTGRESQL, "/* outer /* inner; */ still comment; */ SELECT 1;"))
			.containsExactly("SELECT 1");
	}

	@Test
	void keepsMySqlExecutableCommentsAsStatements() {
		assertThat(sql(SqlSyntax.MYSQL, "/*!40101 SET NAMES utf8 */;\n/* plain */;\nSELECT /*+ NO_INDEX(t) */ 1;"))
			.containsExactly("/*!40101 SET NAMES utf8 */", "SELECT /*+ NO_INDEX(t) */ 1");
	}

	@Test
	void ignoresSemicolonsInDollarQuotes() {
		String function = """
				CREATE FUNCTION f() RETURNS INT AS $$
				BEGIN
				  RETURN 1; -- it's one
				END;
				$$ LANGUAGE plpgsql""";
		assertThat(sql(SqlSyntax.POSTGRESQL, function + ";\nSELECT f();")).containsExactly(function, "SELECT f()");
	}

	@Test
	void ignoresSemicolonsInTaggedDollarQuotes() {
		String block = "DO $body$ BEGIN PERFORM '$$'; RAISE NOTICE 'x;y'; END $body$";
		assertThat(sql(SqlSyntax.POSTGRESQL, block + "; SELECT 1;")).containsExactly(block, "SELECT 1");
	}

	@Test
	void endsATaggedDollarQuoteOnlyAtItsOwnTag() {
		String block = "SELECT $a$ $b$; $a$";
		assertThat(sql(SqlSyntax.POSTGRESQL, block + ";")).containsExactly(block);
	}

	@Test
	void doesNotReadParametersAsDollarQuotes() {
		assertThat(sql(SqlSyntax.POSTGRESQL, "PREPARE p AS SELECT $1 + $2; EXECUTE p(1, 2);"))
			.containsExactly("PREPARE p AS SELECT $1 + $2", "EXECUTE p(1, 2)");
	}

	@Test
	void doesNotReadADollarInsideAnIdentifierAsADollarQuote() {
		assertThat(sql(SqlSyntax.POSTGRESQL, "SELECT a$b$c FROM t; SELECT 2;"))
			.containsExactly("SELECT a$b$c FROM t", "SELECT 2");
	}

	@Test
	void doesNotReadDollarQuotesInMySql() {
		assertThat(sql(SqlSyntax.MYSQL, "SELECT $$a; SELECT 2;")).containsExactly("SELECT $$a", "SELECT 2");
	}

	@Test
	void changesTheDelimiterWithADelimiterLine() {
		String procedure = "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND";
		assertThat(sql(SqlSyntax.MYSQL, "DELIMITER //\n" + procedure + "//\nDELIMITER ;\nSELECT 3;"))
			.containsExactly(procedure, "SELECT 3");
	}

	@Test
	void acceptsDoubleDollarAsAMySqlDelimiter() {
		String trigger = "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END";
		assertThat(sql(SqlSyntax.MYSQL, "delimiter $$\n" + trigger + " $$\ndelimiter ;\nSELECT 1;"))
			.containsExactly(trigger, "SELECT 1");
	}

	@Test
	void acceptsDoubleDollarAsADelimiterEvenWhereDollarQuotesExist() {
		assertThat(sql(SqlSyntax.POSTGRESQL, "DELIMITER $$\nSELECT 1; SELECT 2$$\nDELIMITER ;\nSELECT 3;"))
			.containsExactly("SELECT 1; SELECT 2", "SELECT 3");
	}

	@Test
	void keepsACustomDelimiterUntilTheEnd() {
		assertThat(sql(SqlSyntax.MYSQL, "DELIMITER //\nSELECT 1; SELECT 2//\nSELECT 3")).containsExactly(
				"SELECT 1; SELECT 2", "SELECT 3");
	}

	@Test
	void readsTheWordDelimiterInsideAStatementAsText() {
		assertThat(sql(SqlSyntax.MYSQL, "CREATE TABLE t (\ndelimiter VARCHAR(5)\n);"))
			.containsExactly("CREATE TABLE t (\ndelimiter VARCHAR(5)\n)");
	}

	@Test
	void readsAColumnNamedDelimitersAsText() {
		assertThat(sql("SELECT 1;\ndelimiters;")).containsExactly("SELECT 1", "delimiters");
	}

	@Test
	void rejectsADelimiterLineWithoutADelimiter() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> sql(SqlSyntax.MYSQL, "SELECT 1;\nDELIMITER\nSELECT 2;"))
			.withMessageStartingWith(ORIGIN + ":2: ");
	}

	@Test
	void rejectsTextAfterTheNewDelimiter() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> sql(SqlSyntax.MYSQL, "DELIMITER // SELECT 1//"))
			.withMessageStartingWith(ORIGIN + ":1: ");
	}

	@Test
	void recordsTheLineEachStatementStartsOn() {
		List<SqlStatement> statements = split(SqlSyntax.STANDARD, "SELECT 1;\n\n-- comment\nSELECT\n2;\n/* a\nb */ SELECT 3;");
		assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 4, 7);
	}

	@Test
	void countsLinesInsideStringsAndComments() {
		List<SqlStatement> statements = split(SqlSyntax.POSTGRESQL,
				"SELECT 'a\nb';\nSELECT $$\n\n$$;\n/*\n*/ SELECT \"x\ny\"; SELECT 4;");
		assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3, 7, 8);
	}

	@Test
	void countsWindowsAndOldMacLineBreaks() {
		List<SqlStatement> statements = split(SqlSyntax.STANDARD, "SELECT 1;\r\nSELECT 2;\rSELECT 3;\r\n\r\nSELECT 4;");
		assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2, 3, 5);
	}

	@Test
	void numbersLinesFromTheSectionsFirstLine() {
		List<SqlStatement> statements = new SqlStatementSplitter(SqlSyntax.STANDARD).split("\nSELECT 1;", ORIGIN, 10);
		assertThat(statements).containsExactly(new SqlStatement("SELECT 1", 11));
	}

	@Test
	void splitsOnlyTheGivenRangeOfAText() {
		String text = "SELECT 0;\nSELECT 1;\nSELECT 2;\n";
		List<SqlStatement> statements = new SqlStatementSplitter(SqlSyntax.STANDARD).split(text, 10, 20, 2, ORIGIN);
		assertThat(statements).containsExactly(new SqlStatement("SELECT 1", 2));
	}

	@Test
	void rejectsAnUnterminatedStringNamingTheLineItOpensOn() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> sql("SELECT 1;\nSELECT 'abc;\n\nSELECT 3;"))
			.withMessageStartingWith(ORIGIN + ":2: ")
			.withMessageContaining("unterminated string literal");
	}

	@Test
	void rejectsAnUnterminatedDoubleQuotedIdentifier() {
		assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> sql("SELECT \"abc;"))
			.withMessageStartingWith(ORIGIN + ":1: ")
			.withMessageContaining("double-quoted identifier");
	}

	@Test
	void rejectsAnUnterminatedBackQuotedIdentifier() {
		assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> sql("\nSELECT `abc;"))
			.withMessageStartingWith(ORIGIN + ":2: ")
			.withMessageContaining("back-quoted identifier");
	}

	@Test
	void rejectsAnUnterminatedBlockComment() {
		assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> sql("SELECT 1;\n\n/* abc;\n"))
			.withMessageStartingWith(ORIGIN + ":3: ")
			.withMessageContaining("block comment");
	}

	@Test
	void rejectsAnUnclosedNestedBlockCommentInPostgres() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> sql(SqlSyntax.POSTGRESQL, "/* a /* b */ SELECT 1;"))
			.withMessageStartingWith(ORIGIN + ":1: ");
	}

	@Test
	void rejectsAnUnterminatedDollarQuoteNamingItsTag() {
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> sql(SqlSyntax.POSTGRESQL, "SELECT 1;\nDO $fn$ BEGIN END $$;"))
			.withMessageStartingWith(ORIGIN + ":2: ")
			.withMessageContaining("$fn$");
	}

	@Test
	void rejectsADollarQuoteClosedOnlyAfterTheRange() {
		String text = "SELECT $$;\n$$;";
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> new SqlStatementSplitter(SqlSyntax.POSTGRESQL).split(text, 0, 10, 1, ORIGIN));
	}

	@Test
	void rejectsAnUnterminatedStringInMySqlWhenItsLastQuoteIsEscaped() {
		assertThatExceptionOfType(ScriptParseException.class).isThrownBy(() -> sql(SqlSyntax.MYSQL, "SELECT 'abc\\';"));
	}

	@Test
	void splitsTenMegabytesWellUnderASecondOfProcessorTime() {
		String chunk = "INSERT INTO t (a, b) VALUES ('x;y', 'it''s') /* c; */; -- note; 'q'\n"
				+ "CREATE FUNCTION f() RETURNS INT AS $$ SELECT 1; $$ LANGUAGE sql;\n";
		int chunks = (10 * 1024 * 1024) / chunk.length() + 1;
		String text = chunk.repeat(chunks);
		// Processor time of this thread, not wall time: a busy machine must not fail the test.
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long started = threads.getCurrentThreadCpuTime();
		List<SqlStatement> statements = new SqlStatementSplitter(SqlSyntax.POSTGRESQL).split(text, ORIGIN);
		long millis = (threads.getCurrentThreadCpuTime() - started) / 1_000_000;
		assertThat(statements).hasSize(2 * chunks);
		assertThat(millis).isLessThan(1000);
	}

	private static List<String> sql(String text) {
		return sql(SqlSyntax.STANDARD, text);
	}

	private static List<String> sql(SqlSyntax syntax, String text) {
		return split(syntax, text).stream().map(SqlStatement::sql).toList();
	}

	private static List<SqlStatement> split(SqlSyntax syntax, String text) {
		return new SqlStatementSplitter(syntax).split(text, ORIGIN);
	}

}
