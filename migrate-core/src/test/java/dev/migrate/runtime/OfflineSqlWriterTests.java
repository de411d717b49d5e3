package dev.migrate.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.TableName;
import dev.migrate.script.IrreversibleRevisionException;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.SqlStatement;
import dev.migrate.script.SqlStatementSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link OfflineSqlWriter}.
 */
class OfflineSqlWriterTests {

	private static final String CREATE_VERSION_TABLE = """
			CREATE TABLE migrate_version (
				version_num VARCHAR(32) NOT NULL,
				CONSTRAINT migrate_version_pkc PRIMARY KEY (version_num)
			);

			""";

	@TempDir
	Path directory;

	private RevisionFiles files() {
		return new RevisionFiles(this.directory);
	}

	private String write(String dialect, MigrationOptions options, Function<MigrationPlanner, MigrationPlan> planning) {
		ScriptDirectory scripts = files().load();
		MigrationPlan plan = planning.apply(MigrationPlanner.of(scripts));
		return new OfflineSqlWriter(Dialects.forName(dialect), scripts, options).write(plan);
	}

	private String upgrade(String dialect, String range) {
		return write(dialect, MigrationOptions.defaults(), (planner) -> planner.offlineUpgrade(range));
	}

	@Test
	void anUpgradeFromBaseCreatesTheVersionTableAndCommitsEachRevisionWhereDdlIsTransactional() {
		files().table("a1", "").table("b2", "a1");
		assertThat(upgrade("postgresql", "head")).isEqualTo("BEGIN;\n\n" + CREATE_VERSION_TABLE + """
				-- Running upgrade  -> a1

				CREATE TABLE t_a1 (id INT);

				INSERT INTO migrate_version (version_num) VALUES ('a1');

				COMMIT;

				BEGIN;

				-- Running upgrade a1 -> b2

				CREATE TABLE t_b2 (id INT);

				UPDATE migrate_version SET version_num = 'b2' WHERE version_num = 'a1';

				COMMIT;

				""");
	}

	@Test
	void transactionModeAllWrapsTheWholeScriptInOneTransaction() {
		files().table("a1", "").table("b2", "a1");
		String script = write("sqlite", MigrationOptions.defaults().withTransactionMode(TransactionMode.ALL),
				(planner) -> planner.offlineUpgrade("base:head"));
		assertThat(script).startsWith("BEGIN;\n\nCREATE TABLE migrate_version").endsWith("""
				UPDATE migrate_version SET version_num = 'b2' WHERE version_num = 'a1';

				COMMIT;

				""");
		assertThat(script.split("BEGIN;", -1)).hasSize(2);
		assertThat(script.split("COMMIT;", -1)).hasSize(2);
	}

	@Test
	void transactionModeNoneWritesNoTransactionStatements() {
		files().table("a1", "");
		String script = write("postgresql", MigrationOptions.defaults().withTransactionMode(TransactionMode.NONE),
				(planner) -> planner.offlineUpgrade("a1"));
		assertThat(script).isEqualTo(CREATE_VERSION_TABLE + """
				-- Running upgrade  -> a1

				CREATE TABLE t_a1 (id INT);

				INSERT INTO migrate_version (version_num) VALUES ('a1');

				""");
	}

	@Test
	void whereDdlCommitsByItselfTheScriptHasNoTransactionStatementsAsInAlembic() {
		files().table("a1", "").table("b2", "a1");
		for (String dialect : List.of("mariadb", "mysql", "h2")) {
			String script = upgrade(dialect, "head");
			assertThat(script).as(dialect).doesNotContain("BEGIN").doesNotContain("START TRANSACTION")
				.doesNotContain("COMMIT").startsWith("CREATE TABLE migrate_version");
		}
		assertThat(upgrade("mariadb", "head")).contains("-- Running upgrade a1 -> b2\n\nCREATE TABLE t_b2 (id INT);\n\n");
	}

	@Test
	void aRunThatStartsAboveBaseDoesNotCreateTheVersionTable() {
		files().table("a1", "").table("b2", "a1");
		assertThat(upgrade("postgresql", "a1:b2")).isEqualTo("""
				BEGIN;

				-- Running upgrade a1 -> b2

				CREATE TABLE t_b2 (id INT);

				UPDATE migrate_version SET version_num = 'b2' WHERE version_num = 'a1';

				COMMIT;

				""");
	}

	@Test
	void aDowngradeToBaseDeletesTheLastRowAndKeepsTheVersionTableAsTodaysAlembicDoes() {
		files().table("a1", "").table("b2", "a1");
		String script = write("postgresql", MigrationOptions.defaults(), (planner) -> planner.offlineDowngrade("b2:base"));
		assertThat(script).isEqualTo("""
				BEGIN;

				-- Running downgrade b2 -> a1

				DROP TABLE t_b2;

				UPDATE migrate_version SET version_num = 'a1' WHERE version_num = 'b2';

				COMMIT;

				BEGIN;

				-- Running downgrade a1 ->\s

				DROP TABLE t_a1;

				DELETE FROM migrate_version WHERE version_num = 'a1';

				COMMIT;

				""");
	}

	@Test
	void aStampFromBaseCreatesTheVersionTableAndInsertsTheRow() {
		files().table("a1", "").table("b2", "a1");
		String script = write("h2", MigrationOptions.defaults(), (planner) -> planner.offlineStamp(List.of("b2")));
		assertThat(script).isEqualTo(CREATE_VERSION_TABLE + """
				-- Running stamp_revision  -> b2

				INSERT INTO migrate_version (version_num) VALUES ('b2');

				""");
	}

	@Test
	void aStampFromARevisionUpdatesItsRow() {
		files().table("a1", "").table("b2", "a1");
		String script = write("sqlite", MigrationOptions.defaults(), (planner) -> planner.offlineStamp(List.of("b2:a1")));
		assertThat(script).isEqualTo("""
				BEGIN;

				-- Running stamp_revision b2 -> a1

				UPDATE migrate_version SET version_num = 'a1' WHERE version_num = 'b2';

				COMMIT;

				""");
	}

	@Test
	void aNoTransactionRevisionStandsOutsideTransactionsAndItsVersionChangeCommitsOnItsOwn() {
		files().table("a1", "")
			.noTransaction("b2", "a1", "CREATE INDEX CONCURRENTLY i_b2 ON t_a1 (id);\n", "DROP INDEX i_b2;\n")
			.table("c3", "b2");
		String script = write("postgresql", MigrationOptions.defaults().withTransactionMode(TransactionMode.ALL),
				(planner) -> planner.offlineUpgrade("a1:c3"));
		assertThat(script).isEqualTo("""
				-- Running upgrade a1 -> b2

				CREATE INDEX CONCURRENTLY i_b2 ON t_a1 (id);

				BEGIN;

				UPDATE migrate_version SET version_num = 'b2' WHERE version_num = 'a1';

				-- Running upgrade b2 -> c3

				CREATE TABLE t_c3 (id INT);

				UPDATE migrate_version SET version_num = 'c3' WHERE version_num = 'b2';

				COMMIT;

				""");
		String perMigration = write("postgresql", MigrationOptions.defaults(), (planner) -> planner.offlineUpgrade("a1:b2"));
		assertThat(perMigration).isEqualTo("""
				-- Running upgrade a1 -> b2

				CREATE INDEX CONCURRENTLY i_b2 ON t_a1 (id);

				BEGIN;

				UPDATE migrate_version SET version_num = 'b2' WHERE version_num = 'a1';

				COMMIT;

				""");
	}

	@Test
	void onMariaDbAStatementHoldingTheDelimiterStandsBetweenDelimiterLines() {
		files().revision("a1", "", """
				CREATE TABLE counts (n INT);
				DELIMITER //
				CREATE TRIGGER counts_bi BEFORE INSERT ON counts FOR EACH ROW
				BEGIN
					SET NEW.n = NEW.n + 1;
				END//
				DELIMITER ;
				INSERT INTO counts (n) VALUES (1);
				""", "DROP TABLE counts;\n");
		String script = upgrade("mariadb", "a1");
		assertThat(script).contains("""
				CREATE TABLE counts (n INT);

				DELIMITER $$

				CREATE TRIGGER counts_bi BEFORE INSERT ON counts FOR EACH ROW
				BEGIN
					SET NEW.n = NEW.n + 1;
				END$$

				DELIMITER ;

				INSERT INTO counts (n) VALUES (1);

				""");
		List<SqlStatement> statements = new SqlStatementSplitter(Dialects.forName("mariadb").sqlSyntax()).split(script,
				"script");
		assertThat(statements).extracting(SqlStatement::sql)
			.containsExactly("CREATE TABLE migrate_version (\n\tversion_num VARCHAR(32) NOT NULL,\n"
					+ "\tCONSTRAINT migrate_version_pkc PRIMARY KEY (version_num)\n)", "CREATE TABLE counts (n INT)",
					"CREATE TRIGGER counts_bi BEFORE INSERT ON counts FOR EACH ROW\nBEGIN\n\tSET NEW.n = NEW.n + 1;\nEND",
					"INSERT INTO counts (n) VALUES (1)", "INSERT INTO migrate_version (version_num) VALUES ('a1')");
	}

	@Test
	void aDelimiterThatOccursInTheStatementIsNotChosen() {
		files().revision("a1", "", """
				DELIMITER ;;
				CREATE PROCEDURE p() BEGIN SELECT '$$'; SELECT '//'; END;;
				DELIMITER ;
				""", "DROP PROCEDURE p;\n");
		assertThat(upgrade("mysql", "a1")).contains("DELIMITER ;;\n\nCREATE PROCEDURE p() BEGIN SELECT '$$'; SELECT '//'; END;;\n\n"
				+ "DELIMITER ;\n\n");
	}

	@Test
	void elsewhereStatementsAreWrittenAsTheyAreWithTheDelimiter() {
		files().revision("a1", "", """
				CREATE FUNCTION one() RETURNS INT AS $$ SELECT 1; $$ LANGUAGE SQL;
				""", "DROP FUNCTION one();\n");
		assertThat(upgrade("postgresql", "a1")).contains("\n\nCREATE FUNCTION one() RETURNS INT AS $$ SELECT 1; $$ LANGUAGE SQL;\n\n");
	}

	@Test
	void versionRowsAreEscapedLiteralsInTheNamedVersionTable() {
		files().table("it_s", "");
		Dialect mariadb = Dialects.forName("mariadb");
		ScriptDirectory scripts = files().load();
		MigrationPlan plan = MigrationPlanner.of(scripts).offlineUpgrade("it_s");
		String script = new OfflineSqlWriter(mariadb, scripts,
				MigrationOptions.defaults().withVersionTable(TableName.of("audit", "Versions"))).write(plan);
		assertThat(script).startsWith("CREATE TABLE audit.`Versions` (")
			.contains("INSERT INTO audit.`Versions` (version_num) VALUES ('it_s');");
	}

	@Test
	void anEmptyPlanWritesNothing() {
		files().table("a1", "");
		assertThat(upgrade("postgresql", "a1:a1")).isEmpty();
	}

	@Test
	void anIrreversibleRevisionFailsTheDowngradeBeforeAnythingIsWritten() {
		files().table("a1", "").irreversible("b2", "a1", "CREATE TABLE t_b2 (id INT);\n");
		assertThatExceptionOfType(IrreversibleRevisionException.class)
			.isThrownBy(() -> write("postgresql", MigrationOptions.defaults(),
					(planner) -> planner.offlineDowngrade("b2:base")))
			.withMessageContaining("b2_revision.sql")
			.withMessageContaining("has no '-- migrate:downgrade' section");
	}

	@Test
	void aPurgingPlanIsRefused() {
		files().table("a1", "");
		ScriptDirectory scripts = files().load();
		MigrationPlan plan = MigrationPlanner.of(scripts).stamp(List.of(), List.of("a1"), true);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OfflineSqlWriter(Dialects.forName("h2"), scripts, MigrationOptions.defaults()).write(plan));
	}

}
