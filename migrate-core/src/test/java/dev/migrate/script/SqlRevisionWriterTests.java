package dev.migrate.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SqlRevisionWriterTests {

	private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 21, 10, 0);

	private final SqlRevisionWriter writer = new SqlRevisionWriter();

	@TempDir
	Path temp;

	@Test
	void rendersTheLayoutOfTheDesign() {
		NewRevision revision = new NewRevision("1975ea83b712", "Add priority to todos", List.of("3512b954651e"),
				List.of("todo"), List.of(), CREATED);
		assertThat(this.writer.render(revision)).isEqualTo("""
				-- Add priority to todos
				--
				-- Revision ID: 1975ea83b712
				-- Revises: 3512b954651e
				-- Create Date: 2026-11-21 10:00:00.000000
				-- Branch Labels: todo
				-- Depends On:

				-- migrate:upgrade

				-- migrate:downgrade
				""");
	}

	@Test
	void writesMicrosecondsInTheCreateDate() {
		NewRevision revision = new NewRevision("abc", "m", List.of(), List.of(), List.of(),
				LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_789));
		assertThat(this.writer.render(revision)).contains("-- Create Date: 2026-01-02 03:04:05.123456\n");
	}

	@Test
	void separatesSeveralValuesWithCommas() {
		NewRevision revision = new NewRevision("abc", "Merge", List.of("aaa", "bbb"), List.of("x", "y"),
				List.of("ccc", "z"), CREATED);
		assertThat(this.writer.render(revision)).contains("-- Revises: aaa, bbb\n")
			.contains("-- Branch Labels: x, y\n")
			.contains("-- Depends On: ccc, z\n");
	}

	@Test
	void writesNoTransactionInTheHeaderWhenAsked() {
		NewRevision revision = new NewRevision("abc", "Index", List.of(), List.of(), List.of(), CREATED, true);
		assertThat(this.writer.render(revision)).contains("-- Depends On:\n-- migrate:no-transaction\n\n-- migrate:upgrade");
	}

	@Test
	void startsWithTheKeysWhenThereIsNoMessage() {
		NewRevision revision = new NewRevision("abc", "", List.of(), List.of(), List.of(), CREATED);
		assertThat(this.writer.render(revision)).startsWith("-- Revision ID: abc\n");
	}

	@Test
	void writesAFileNamedAfterTheRevisionAndItsSlug() {
		Path file = this.writer.write(new NewRevision("1975ea83b712", "Add priority to todos", List.of(), List.of(),
				List.of(), CREATED), this.temp);
		assertThat(file).isEqualTo(this.temp.resolve("1975ea83b712_add_priority_to_todos.sql")).exists();
	}

	@Test
	void createsTheDirectoryWhenMissing() {
		Path directory = this.temp.resolve("db/migrate");
		Path file = this.writer.write(new NewRevision("abc", "x", List.of(), List.of(), List.of(), CREATED), directory);
		assertThat(file.getParent()).isEqualTo(directory);
		assertThat(file).exists();
	}

	@Test
	void refusesToOverwriteAnExistingFileNamingIt() throws IOException {
		Path existing = ScriptFiles.write(this.temp, "abc_x.sql", "precious");
		NewRevision revision = new NewRevision("abc", "x", List.of(), List.of(), List.of(), CREATED);
		assertThatExceptionOfType(ScriptWriteException.class).isThrownBy(() -> this.writer.write(revision, this.temp))
			.withMessageContaining(existing.toString())
			.withMessageContaining("already exists");
		assertThat(Files.readString(existing)).isEqualTo("precious");
	}

	@Test
	void writesAScriptThatParsesBackToTheSameValues() {
		NewRevision revision = new NewRevision("1975ea83b712", "Add priority to todos", List.of("3512b954651e", "aaa"),
				List.of("todo", "web"), List.of("55af2cb1c267", "networking"),
				LocalDateTime.of(2026, 11, 21, 10, 0, 1, 250_000_000), true);
		SqlRevisionScript script = SqlRevisionScript.load(this.writer.write(revision, this.temp));
		SqlRevisionHeader header = script.header();
		assertThat(header.id()).isEqualTo(revision.id());
		assertThat(header.message()).isEqualTo(revision.message());
		assertThat(header.downRevisions()).isEqualTo(revision.downRevisions());
		assertThat(header.branchLabels()).isEqualTo(revision.branchLabels());
		assertThat(header.dependsOn()).isEqualTo(revision.dependsOn());
		assertThat(header.createDate()).isEqualTo("2026-11-21 10:00:01.250000");
		assertThat(header.transactional()).isFalse();
	}

	@Test
	void writesABaseThatParsesBackWithoutDownRevisionsLabelsOrDependencies() {
		NewRevision revision = new NewRevision("abc", "Create todos", List.of(), List.of(), List.of(), CREATED);
		SqlRevisionHeader header = SqlRevisionScript.load(this.writer.write(revision, this.temp)).header();
		assertThat(header.downRevisions()).isEmpty();
		assertThat(header.branchLabels()).isEmpty();
		assertThat(header.dependsOn()).isEmpty();
		assertThat(header.transactional()).isTrue();
	}

	@Test
	void writesAMessageOfSeveralLinesThatParsesBack() {
		NewRevision revision = new NewRevision("abc", "Add priority\nand due dates", List.of(), List.of(), List.of(),
				CREATED);
		assertThat(SqlRevisionScript.load(this.writer.write(revision, this.temp)).message())
			.isEqualTo("Add priority\nand due dates");
	}

	@Test
	void writesEmptySectionsThatSplitIntoNoStatements() {
		NewRevision revision = new NewRevision("abc", "Nothing yet", List.of(), List.of(), List.of(), CREATED);
		SqlRevisionScript script = SqlRevisionScript.load(this.writer.write(revision, this.temp));
		assertThat(script.upgradeStatements(SqlSyntax.STANDARD)).isEmpty();
		assertThat(script.downgradable()).isTrue();
		assertThat(script.downgradeStatements(SqlSyntax.STANDARD)).isEmpty();
	}

	@Test
	void slugsTheWordsOfTheMessageInLowerCase() {
		assertThat(this.writer.slug("Add priority to todos")).isEqualTo("add_priority_to_todos");
	}

	@Test
	void slugsAMessageDroppingItsPunctuation() {
		assertThat(this.writer.slug("Add priority, to todos!")).isEqualTo("add_priority_to_todos");
		assertThat(this.writer.slug("  rename: users -> accounts (v2)  ")).isEqualTo("rename_users_accounts_v2");
	}

	@Test
	void keepsUnderscoresInsideWords() {
		assertThat(this.writer.slug("snake_case_words here")).isEqualTo("snake_case_words_here");
	}

	@Test
	void keepsLettersOutsideAscii() {
		assertThat(this.writer.slug("Café Ünïcode straße")).isEqualTo("café_ünïcode_straße");
	}

	@Test
	void truncatesALongSlugAtAWordBoundaryWithATrailingUnderscore() {
		assertThat(this.writer.slug("This is a rather long message that goes past the forty character limit"))
			.isEqualTo("this_is_a_rather_long_message_that_goes_");
	}

	@Test
	void keepsASlugOfFortyCharactersWhole() {
		assertThat(this.writer.slug("exactly forty characters long slug heres"))
			.isEqualTo("exactly_forty_characters_long_slug_heres");
	}

	@Test
	void dropsAWordThatEndsExactlyAtTheLimitWhenMoreFollows() {
		assertThat(this.writer.slug("exactly forty characters long slug here x"))
			.isEqualTo("exactly_forty_characters_long_slug_here_");
	}

	@Test
	void cutsASingleLongWordAtTheLimitAndAddsAnUnderscore() {
		assertThat(this.writer.slug("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"))
			.isEqualTo("abcdefghijklmnopqrstuvwxyzabcdefghijklmn_");
	}

	@Test
	void truncatesAtAConfiguredLength() {
		assertThat(new SqlRevisionWriter(10).slug("add priority to todos")).isEqualTo("add_");
	}

	@Test
	void makesAnEmptySlugForAMessageWithoutWords() {
		assertThat(this.writer.slug("!!!")).isEmpty();
		assertThat(this.writer.fileName(new NewRevision("abc", "", List.of(), List.of(), List.of(), CREATED)))
			.isEqualTo("abc_.sql");
	}

	@Test
	void rejectsATruncationLengthBelowOne() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new SqlRevisionWriter(0));
	}

}
