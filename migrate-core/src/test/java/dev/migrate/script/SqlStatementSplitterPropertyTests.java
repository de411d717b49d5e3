package dev.migrate.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based tests of {@link SqlStatementSplitter}: scripts are generated from statements
 * built of fragments that are hard to split (quotes, comments, dollar quotes holding
 * delimiters), joined by delimiters, white space, comments, empty statements and
 * {@code DELIMITER} lines, and the splitter must give back exactly the generated statements.
 */
class SqlStatementSplitterPropertyTests {

	private static final String ORIGIN = "generated.sql";

	@Property
	void splitsStandardScriptsIntoTheGeneratedStatements(@ForAll("standardScripts") GeneratedScript script) {
		assertThat(split(SqlSyntax.STANDARD, script)).containsExactlyElementsOf(script.statements());
	}

	@Property
	void splitsPostgresScriptsIntoTheGeneratedStatements(@ForAll("postgresScripts") GeneratedScript script) {
		assertThat(split(SqlSyntax.POSTGRESQL, script)).containsExactlyElementsOf(script.statements());
	}

	@Property
	void splitsMySqlScriptsWithDelimiterBlocksIntoTheGeneratedStatements(
			@ForAll("mySqlScripts") GeneratedScript script) {
		assertThat(split(SqlSyntax.MYSQL, script)).containsExactlyElementsOf(script.statements());
	}

	@Property(tries = 300)
	void findsAsManyStatementsAsWereGenerated(@ForAll("mySqlScripts") GeneratedScript script) {
		assertThat(split(SqlSyntax.MYSQL, script)).hasSameSizeAs(script.statements());
	}

	@Property(tries = 300)
	void recordsTheLineEachGeneratedStatementStartsOn(@ForAll("postgresScripts") GeneratedScript script) {
		assertThat(split(SqlSyntax.POSTGRESQL, script)).extracting(SqlStatement::line)
			.containsExactlyElementsOf(script.statements().stream().map(SqlStatement::line).toList());
	}

	@Property(tries = 300)
	void splitsItsOwnOutputJoinedBySemicolonsIntoTheSameStatements(@ForAll("standardScripts") GeneratedScript script) {
		List<String> statements = split(SqlSyntax.STANDARD, script).stream().map(SqlStatement::sql).toList();
		String rejoined = String.join(";\n", statements);
		assertThat(new SqlStatementSplitter(SqlSyntax.STANDARD).split(rejoined, ORIGIN)).extracting(SqlStatement::sql)
			.containsExactlyElementsOf(statements);
	}

	@Property
	void neverLosesOrInventsTextOutsideComments(@ForAll("commentFreeTexts") String text) {
		List<SqlStatement> statements = new SqlStatementSplitter(SqlSyntax.STANDARD).split(text, ORIGIN);
		StringBuilder joined = new StringBuilder();
		statements.forEach((statement) -> joined.append(statement.sql()));
		assertThat(withoutDelimitersAndWhiteSpace(joined.toString())).isEqualTo(withoutDelimitersAndWhiteSpace(text));
	}

	@Property(tries = 300)
	void neverReturnsABlankStatementOrOneWithSurroundingWhiteSpace(@ForAll("postgresScripts") GeneratedScript script) {
		assertThat(split(SqlSyntax.POSTGRESQL, script)).allSatisfy((statement) -> {
			assertThat(statement.sql()).isNotBlank();
			assertThat(statement.sql()).isEqualTo(statement.sql().strip());
		});
	}

	@Provide
	Arbitrary<GeneratedScript> standardScripts() {
		return scripts(Dialect.STANDARD);
	}

	@Provide
	Arbitrary<GeneratedScript> postgresScripts() {
		return scripts(Dialect.POSTGRESQL);
	}

	@Provide
	Arbitrary<GeneratedScript> mySqlScripts() {
		return scripts(Dialect.MYSQL);
	}

	@Provide
	Arbitrary<String> commentFreeTexts() {
		Arbitrary<String> plain = Arbitraries.of("a", "b", "1", "(", ")", ",", "=", ";", ";;", "$1");
		Arbitrary<String> token = Arbitraries.oneOf(plain, singleQuoted(Dialect.STANDARD), doubleQuoted(Dialect.STANDARD),
				backQuoted(), dollarQuoted());
		Arbitrary<String> space = Arbitraries.of(" ", "\n", "\t", "  ", "\r\n");
		return Combinators.combine(token, space).as((t, s) -> t + s).list().ofMaxSize(30).map((parts) -> String.join("", parts));
	}

	private static List<SqlStatement> split(SqlSyntax syntax, GeneratedScript script) {
		return new SqlStatementSplitter(syntax).split(script.text(), ORIGIN);
	}

	private static String withoutDelimitersAndWhiteSpace(String text) {
		StringBuilder kept = new StringBuilder();
		text.chars().filter((c) -> c != ';' && !Character.isWhitespace(c)).forEach((c) -> kept.append((char) c));
		return kept.toString();
	}

	// --- generators ---

	private static Arbitrary<GeneratedScript> scripts(Dialect dialect) {
		Arbitrary<Block> block = Arbitraries.of(dialect.delimiters).flatMap((delimiter) -> Combinators
			.combine(statement(dialect, delimiter), separator(dialect, delimiter), Arbitraries.of("", " ", "\n"))
			.as(Item::new)
			.list()
			.ofMinSize(1)
			.ofMaxSize(4)
			.map((items) -> new Block(delimiter, items)));
		return Combinators
			.combine(separator(dialect, ";"), block.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(true, false),
					Arbitraries.of("DELIMITER", "delimiter"))
			.as((leading, blocks, unterminatedTail, command) -> render(leading, blocks, unterminatedTail, command));
	}

	private static GeneratedScript render(String leading, List<Block> blocks, boolean unterminatedTail, String command) {
		ScriptText text = new ScriptText();
		text.filler(leading);
		String delimiter = ";";
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			if (!block.delimiter().equals(delimiter)) {
				delimiter = block.delimiter();
				text.filler("\n" + command + " " + delimiter + "\n");
			}
			for (int i = 0; i < block.items().size(); i++) {
				Item item = block.items().get(i);
				text.statement(item.sql());
				boolean last = b == blocks.size() - 1 && i == block.items().size() - 1;
				if (last && unterminatedTail) {
					text.filler("\n" + item.separator());
				}
				else {
					text.filler(item.beforeDelimiter() + delimiter + item.separator());
				}
			}
		}
		return text.toScript();
	}

	private static Arbitrary<String> statement(Dialect dialect, String delimiter) {
		Arbitrary<String> fragment = fragment(dialect, delimiter);
		Arbitrary<String> rest = Combinators.combine(joiner(dialect), fragment).as((j, f) -> j + f).list().ofMaxSize(5)
			.map((parts) -> String.join("", parts));
		return Combinators.combine(fragment, rest).as((first, others) -> first + others);
	}

	private static Arbitrary<String> fragment(Dialect dialect, String delimiter) {
		boolean customDelimiter = !delimiter.equals(";");
		List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> choices = new ArrayList<>();
		choices.add(Tuple.of(6, words()));
		choices.add(Tuple.of(2, Arbitraries.integers().between(0, 99999).map(String::valueOf)));
		choices.add(Tuple.of(2, customDelimiter ? Arbitraries.of("(", ")", ",", "=", "*", "<>", ".", "-", ";")
				: Arbitraries.of("(", ")", ",", "=", "*", "<>", ".", "-", "/", "+")));
		choices.add(Tuple.of(3, singleQuoted(dialect)));
		choices.add(Tuple.of(2, doubleQuoted(dialect)));
		choices.add(Tuple.of(1, backQuoted()));
		if (dialect.dollarQuotes) {
			choices.add(Tuple.of(3, dollarQuoted()));
			choices.add(Tuple.of(1, Arbitraries.integers().between(1, 9).map((n) -> "$" + n)));
		}
		if (dialect == Dialect.POSTGRESQL) {
			choices.add(Tuple.of(1, escapeString()));
		}
		if (dialect == Dialect.MYSQL) {
			choices.add(Tuple.of(1, Arbitraries.of("/*!40101 SET NAMES utf8 */", "/*+ NO_INDEX(t) */")));
		}
		return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
	}

	private static Arbitrary<String> words() {
		return Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofMinLength(1).ofMaxLength(10)
			.filter((word) -> !word.startsWith("_") && !word.toLowerCase(Locale.ROOT).equals("delimiter"));
	}

	private static final String[] QUOTED_PIECES = { "a", "Z", " ", ";", "--", "/*", "*/", "$$", "$a$", "\n", "'", "\"",
			"`", "\\", "//", "|", "DELIMITER ;", "é" };

	private static Arbitrary<String> quotedContent() {
		return Arbitraries.of(QUOTED_PIECES).list().ofMaxSize(8).map((pieces) -> String.join("", pieces));
	}

	private static Arbitrary<String> singleQuoted(Dialect dialect) {
		return quotedContent().map((content) -> {
			String escaped = content.replace("'", "''");
			if (dialect == Dialect.MYSQL) {
				escaped = escaped.replace("\\", "\\\\");
			}
			return "'" + escaped + "'";
		});
	}

	private static Arbitrary<String> escapeString() {
		return quotedContent().map((content) -> "E'" + content.replace("\\", "\\\\").replace("'", "\\'") + "'");
	}

	private static Arbitrary<String> doubleQuoted(Dialect dialect) {
		return quotedContent().map((content) -> {
			String escaped = content.replace("\"", "\"\"");
			if (dialect == Dialect.MYSQL) {
				escaped = escaped.replace("\\", "\\\\");
			}
			return "\"" + escaped + "\"";
		});
	}

	private static Arbitrary<String> backQuoted() {
		return quotedContent().map((content) -> "`" + content.replace("`", "``") + "`");
	}

	private static Arbitrary<String> dollarQuoted() {
		return Combinators.combine(Arbitraries.of("", "a", "fn_1", "body"), quotedContent()).as((tag, content) -> {
			String quote = "$" + tag + "$";
			return quote + content + quote;
		}).filter((quoted) -> {
			String quote = quoted.substring(0, quoted.indexOf('$', 1) + 1);
			return quoted.indexOf(quote, quote.length()) == quoted.length() - quote.length();
		});
	}

	private static Arbitrary<String> lineComment() {
		return Combinators.combine(Arbitraries.of("--", "-- "),
				Arbitraries.of("a", " ", ";", "'", "\"", "`", "$$", "/*", "*/", "--", "//", "|", "$a$").list().ofMaxSize(6))
			.as((start, pieces) -> start + String.join("", pieces) + "\n");
	}

	private static Arbitrary<String> blockComment(Dialect dialect) {
		Arbitrary<String> plain = Arbitraries
			.of("a", " ", ";", "'", "\"", "`", "$$", "-", "--", "\n", "*", "/", "//", "|")
			.list()
			.ofMaxSize(6)
			.map((pieces) -> "/* " + String.join("", pieces) + " */")
			.filter((comment) -> comment.lastIndexOf("/*") == 0 && comment.indexOf("*/") == comment.length() - 2);
		if (dialect == Dialect.POSTGRESQL) {
			return Arbitraries.oneOf(plain, Arbitraries.of("/* outer /* inner; ' */ still; */", "/*/**/*/"));
		}
		return plain;
	}

	private static Arbitrary<String> joiner(Dialect dialect) {
		return Arbitraries.oneOf(Arbitraries.of(" ", "\n", "\t", "\r\n", "  \n  "),
				blockComment(dialect).map((comment) -> " " + comment + " "), lineComment().map((comment) -> " " + comment));
	}

	private static Arbitrary<String> separator(Dialect dialect, String delimiter) {
		Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(" ", "\n", "\r\n", "\t", delimiter), lineComment(),
				blockComment(dialect));
		return piece.list().ofMaxSize(4).map((pieces) -> String.join("", pieces));
	}

	/**
	 * The constructs a generated script may use.
	 */
	private enum Dialect {

		STANDARD(true, ";"), POSTGRESQL(true, ";"), MYSQL(false, ";", "//", "$$", "|");

		private final boolean dollarQuotes;

		private final String[] delimiters;

		Dialect(boolean dollarQuotes, String... delimiters) {
			this.dollarQuotes = dollarQuotes;
			this.delimiters = delimiters;
		}

	}

	private record Item(String sql, String separator, String beforeDelimiter) {

	}

	private record Block(String delimiter, List<Item> items) {

	}

	/**
	 * A generated script and the statements it holds.
	 */
	record GeneratedScript(String text, List<SqlStatement> statements) {

		@Override
		public String toString() {
			return "script:\n" + this.text + "\n--- expected: " + this.statements;
		}

	}

	/**
	 * Builds a script, recording where each statement starts.
	 */
	private static final class ScriptText {

		private final StringBuilder text = new StringBuilder();

		private final List<SqlStatement> statements = new ArrayList<>();

		void filler(String filler) {
			this.text.append(filler);
		}

		void statement(String sql) {
			this.statements.add(new SqlStatement(sql, currentLine()));
			this.text.append(sql);
		}

		private int currentLine() {
			int line = 1;
			for (int i = 0; i < this.text.length(); i++) {
				char c = this.text.charAt(i);
				if (c == '\n' || (c == '\r' && (i + 1 >= this.text.length() || this.text.charAt(i + 1) != '\n'))) {
					line++;
				}
			}
			return line;
		}

		GeneratedScript toScript() {
			return new GeneratedScript(this.text.toString(), List.copyOf(this.statements));
		}

	}

}
