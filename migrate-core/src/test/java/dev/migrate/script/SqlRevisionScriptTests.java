package dev.migrate.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlRevisionScriptTests {

	/** A header and a comment long enough that the script's body is not kept from its header. */
	private static final String LARGE_HEADER = "-- Revision ID: abc\n-- migrate:upgrade\n"
			+ ("-- " + "x".repeat(97) + "\n").repeat(200);

	private static final String SCRIPT = """
			-- Add priority to todos
			--
			-- Revision ID: 1975ea83b712
			-- Revises: 3512b954651e
			-- Create Date: 2026-11-21 10:00:00.000000
			-- Branch Labels: todo
			-- Depends On: 55af2cb1c267

			-- migrate:upgrade
			ALTER TABLE todos ADD COLUMN priority VARCHAR(20);
			UPDATE todos SET priority = 'normal; default';

			-- migrate:downgrade
			ALTER TABLE todos DROP COLUMN priority;
			""";

	@TempDir
	Path temp;

	@Test
	void declaresTheRevisionOfItsHeaderWithItsPathAsOrigin() {
		Path file = write("1975ea83b712_add_priority.sql", SCRIPT);
		SqlRevisionScript script = SqlRevisionScript.load(file);
		assertThat(script.revision().id()).isEqualTo("1975ea83b712");
		assertThat(script.revision().downRevisions()).containsExactly("3512b954651e");
		assertThat(script.revision().branchLabels()).containsExactly("todo");
		assertThat(script.revision().dependsOn()).containsExactly("55af2cb1c267");
		assertThat(script.revision().origin()).isEqualTo(file.toString());
	}

	@Test
	void exposesItsMessageNameAndDocumentation() {
		SqlRevisionScript script = load(SCRIPT);
		assertThat(script.id()).isEqualTo("1975ea83b712");
		assertThat(script.message()).isEqualTo("Add priority to todos");
		assertThat(script.name()).isEqualTo("script.sql");
		assertThat(script.documentation()).startsWith("Add priority to todos\n\nRevision ID: 1975ea83b712");
	}

	@Test
	void isTransactionalUnlessItsHeaderSaysOtherwise() {
		assertThat(load(SCRIPT).transactional()).isTrue();
		assertThat(load(SCRIPT.replace("-- Depends On", "-- migrate:no-transaction\n-- Depends On")).transactional())
			.isFalse();
	}

	@Test
	void splitsTheUpgradeSectionWithTheScriptsLineNumbers() {
		assertThat(load(SCRIPT).upgradeStatements(SqlSyntax.STANDARD)).containsExactly(
				new SqlStatement("ALTER TABLE todos ADD COLUMN priority VARCHAR(20)", 10),
				new SqlStatement("UPDATE todos SET priority = 'normal; default'", 11));
	}

	@Test
	void splitsTheDowngradeSectionWithTheScriptsLineNumbers() {
		assertThat(load(SCRIPT).downgradeStatements(SqlSyntax.STANDARD))
			.containsExactly(new SqlStatement("ALTER TABLE todos DROP COLUMN priority", 14));
	}

	@Test
	void givesTheSameStatementsForTheSameSyntaxWithoutSplittingAgain() {
		SqlRevisionScript script = load(SCRIPT);
		List<SqlStatement> first = script.upgradeStatements(SqlSyntax.MYSQL);
		assertThat(script.upgradeStatements(SqlSyntax.MYSQL)).isSameAs(first);
	}

	@Test
	void isDowngradableWithADowngradeSection() {
		assertThat(load(SCRIPT).downgradable()).isTrue();
	}

	@Test
	void isDowngradableWithAnEmptyDowngradeSectionThatRunsNothing() {
		SqlRevisionScript script = load("-- Revision ID: abc\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n");
		assertThat(script.downgradable()).isTrue();
		assertThat(script.downgradeStatements(SqlSyntax.STANDARD)).isEmpty();
	}

	@Test
	void isNotDowngradableWithoutADowngradeSection() {
		assertThat(load("-- Revision ID: abc\n-- migrate:upgrade\nSELECT 1;\n").downgradable()).isFalse();
	}

	@Test
	void refusesToGiveDowngradeStatementsWithoutADowngradeSectionNamingRevisionAndFile() {
		Path file = write("abc_up_only.sql", "-- Revision ID: abc\n-- migrate:upgrade\nSELECT 1;\n");
		SqlRevisionScript script = SqlRevisionScript.load(file);
		assertThatExceptionOfType(IrreversibleRevisionException.class)
			.isThrownBy(() -> script.downgradeStatements(SqlSyntax.STANDARD))
			.withMessageContaining("abc (" + file + ")")
			.withMessageContaining("'-- migrate:downgrade'")
			.satisfies((ex) -> assertThat(ex.revisionId()).isEqualTo("abc"));
	}

	@Test
	void keepsASmallScriptReadWithItsHeader() throws IOException {
		Path file = write("abc.sql", "-- Revision ID: abc\n-- migrate:upgrade\nSELECT 1;\n");
		SqlRevisionScript script = SqlRevisionScript.load(file);
		Files.writeString(file, "-- Revision ID: abc\n-- migrate:upgrade\nSELECT 2;\n");
		assertThat(script.upgradeStatements(SqlSyntax.STANDARD)).extracting(SqlStatement::sql).containsExactly("SELECT 1");
	}

	@Test
	void readsTheBodyOfALargeScriptOnlyWhenItIsNeeded() throws IOException {
		Path file = write("abc.sql", LARGE_HEADER + "SELECT 1;\n");
		SqlRevisionScript script = SqlRevisionScript.load(file);
		Files.writeString(file, LARGE_HEADER + "SELECT 2;\n");
		assertThat(script.upgradeStatements(SqlSyntax.STANDARD)).extracting(SqlStatement::sql).containsExactly("SELECT 2");
	}

	@Test
	void loadsDespiteAMalformedBodyAndReportsItWhenStatementsAreRequested() {
		Path file = write("abc.sql", "-- Revision ID: abc\n-- migrate:upgrade\nSELECT 1;\n\nSELECT 'oops;\n");
		SqlRevisionScript script = SqlRevisionScript.load(file);
		assertThatExceptionOfType(ScriptParseException.class)
			.isThrownBy(() -> script.upgradeStatements(SqlSyntax.STANDARD))
			.withMessageStartingWith(file + ":5: ");
	}

	@Test
	void reportsAMalformedSectionLayoutWhenTheBodyIsRead() {
		Path file = write("abc.sql", "-- Revision ID: abc\n-- migrate:upgrade\nSELECT 1;\n-- migrate:upgrade\n");
		SqlRevisionScript script = SqlRevisionScript.load(file);
		assertThatExceptionOfType(ScriptParseException.class).isThrownBy(script::downgradable)
			.withMessageStartingWith(file + ":4: ");
	}

	@Test
	void reportsAScriptThatCanNoLongerBeReadNamingIt() throws IOException {
		Path file = write("abc.sql", LARGE_HEADER + "SELECT 1;\n");
		SqlRevisionScript script = SqlRevisionScript.load(file);
		Files.delete(file);
		assertThatExceptionOfType(ScriptReadException.class).isThrownBy(script::checksum)
			.withMessageContaining(file.toString())
			.satisfies((ex) -> assertThat(ex.origin()).isEqualTo(file.toString()));
	}

	@Test
	void reportsAMissingFileWhenLoading() {
		Path file = this.temp.resolve("missing.sql");
		assertThatExceptionOfType(ScriptReadException.class).isThrownBy(() -> SqlRevisionScript.load(file))
			.withMessageContaining(file.toString());
	}

	@Test
	void checksumsTheContentWithSha256InLowerCaseHex() throws NoSuchAlgorithmException {
		String expected = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(SCRIPT.getBytes(StandardCharsets.UTF_8)));
		assertThat(load(SCRIPT).checksum()).isEqualTo(expected);
	}

	@Test
	void checksumIgnoresTheLineEndingStyle() {
		assertThat(load(SCRIPT.replace("\n", "\r\n")).checksum()).isEqualTo(load(SCRIPT).checksum());
	}

	@Test
	void checksumIgnoresAByteOrderMark() {
		assertThat(load("\uFEFF" + SCRIPT).checksum()).isEqualTo(load(SCRIPT).checksum());
	}

	@Test
	void checksumChangesWithTheContent() {
		assertThat(load(SCRIPT.replace("normal", "high")).checksum()).isNotEqualTo(load(SCRIPT).checksum());
	}

	@Test
	void splitsAScriptWithWindowsLineEndings() {
		assertThat(load(SCRIPT.replace("\n", "\r\n")).upgradeStatements(SqlSyntax.STANDARD)).containsExactly(
				new SqlStatement("ALTER TABLE todos ADD COLUMN priority VARCHAR(20)", 10),
				new SqlStatement("UPDATE todos SET priority = 'normal; default'", 11));
	}

	@Test
	void keepsLineNumbersRightAfterAByteOrderMark() {
		assertThat(load("\uFEFF" + SCRIPT).downgradeStatements(SqlSyntax.STANDARD)).extracting(SqlStatement::line)
			.containsExactly(14);
	}

	private SqlRevisionScript load(String content) {
		return SqlRevisionScript.load(write("script.sql", content));
	}

	private Path write(String name, String content) {
		return ScriptFiles.write(this.temp, name, content);
	}

}
