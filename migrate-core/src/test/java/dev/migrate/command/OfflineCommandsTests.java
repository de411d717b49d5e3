package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import dev.migrate.dialect.Dialects;
import dev.migrate.runtime.InvalidRangeException;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.script.IrreversibleRevisionException;
import dev.migrate.script.Location;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrate.command.ScriptFiles.script;
import static dev.migrate.command.TestSql.column;
import static dev.migrate.command.TestSql.runScript;
import static dev.migrate.command.TestSql.userTables;
import static dev.migrate.command.TestSql.versionRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link OfflineCommands}: on every database, the script of an offline run, executed
 * by splitting it as a DBA's client would, leaves the version rows and tables the online run
 * leaves.
 */
class OfflineCommandsTests {

	@TempDir
	Path directory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private MigrateCommands commands() {
		return MigrateCommands.forLocations(List.of(Location.filesystem(this.directory)), getClass().getClassLoader(),
				new CommandOutput(new PrintStream(this.out, true, StandardCharsets.UTF_8),
						new PrintStream(this.err, true, StandardCharsets.UTF_8)));
	}

	private DatabaseCommands online(TestDatabase database) {
		return commands().database(DatabaseTarget.of(database.dataSource()), MigrationOptions.defaults());
	}

	private OfflineCommands offline(TestDatabase database, TransactionMode mode) {
		return commands().offline(TestSql.dialect(database), MigrationOptions.defaults().withTransactionMode(mode));
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Writes a graph with data, a branch and its merge, a no-transaction revision, a second base
	 * and, on MariaDB, a trigger in a {@code DELIMITER} block.
	 *
	 * <pre>
	 * a1a1  Create accounts     base; a row with a quote in it
	 * b2b2  Add orders          branches from a1a1
	 * c3c3  Add invoices        branches from a1a1
	 * d4d4  Index orders        merges b2b2 and c3c3; -- migrate:no-transaction
	 * e5e5  Create audit        a second base, label audit
	 * f6f6  Audit accounts      on e5e5 (a trigger on MariaDB)
	 * </pre>
	 */
	private void graph(TestDatabase database) {
		boolean postgres = database.kind() == TestDatabaseKind.POSTGRESQL;
		boolean mariadb = database.kind() == TestDatabaseKind.MARIADB;
		String auditUpgrade = mariadb ? """
				CREATE TABLE audit_counts (n INT);
				DELIMITER //
				CREATE TRIGGER accounts_ai AFTER INSERT ON accounts FOR EACH ROW
				BEGIN
					INSERT INTO audit_counts (n) VALUES (NEW.id);
					INSERT INTO audit_counts (n) VALUES (NEW.id + 1);
				END//
				DELIMITER ;
				""" : "CREATE TABLE audit_counts (n INT);\n";
		String auditDowngrade = mariadb ? "DROP TRIGGER accounts_ai;\nDROP TABLE audit_counts;\n"
				: "DROP TABLE audit_counts;\n";
		ScriptFiles.write(this.directory,
				script("a1a1", "Create accounts").sql("""
						CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(100));
						INSERT INTO accounts (id, name) VALUES (1, 'it''s; here -- not a comment');
						""", "DROP TABLE accounts;\n"),
				script("b2b2", "Add orders").revises("a1a1").sql("CREATE TABLE orders (id INT);\n", "DROP TABLE orders;\n"),
				script("c3c3", "Add invoices").revises("a1a1")
					.sql("CREATE TABLE invoices (id INT);\n", "DROP TABLE invoices;\n"),
				script("d4d4", "Index orders").revises("b2b2", "c3c3")
					.sql((postgres ? "CREATE INDEX CONCURRENTLY" : "CREATE INDEX") + " i_orders ON orders (id);\n",
							mariadb ? "DROP INDEX i_orders ON orders;\n" : "DROP INDEX i_orders;\n")
					.noTransaction(),
				script("e5e5", "Create audit").labels("audit").sql("CREATE TABLE audit (id INT);\n", "DROP TABLE audit;\n"),
				script("f6f6", "Audit accounts").revises("e5e5").sql(auditUpgrade, auditDowngrade));
	}

	@DatabaseTest
	void anUpgradeFromBaseLeavesTheRowsAndTablesOfTheOnlineRun(TestDatabase onlineDatabase,
			TestDatabase offlineDatabase) {
		graph(onlineDatabase);
		online(onlineDatabase).upgrade("heads");
		String script = offline(offlineDatabase, TransactionMode.PER_MIGRATION).upgrade("base:heads");
		runScript(offlineDatabase, script);
		assertThat(versionRows(offlineDatabase)).containsExactly("d4d4", "f6f6").isEqualTo(versionRows(onlineDatabase));
		assertThat(userTables(offlineDatabase)).isEqualTo(userTables(onlineDatabase))
			.contains("accounts", "orders", "invoices", "audit", "audit_counts", "migrate_version");
		assertThat(column(offlineDatabase, "SELECT name FROM accounts")).containsExactly("it's; here -- not a comment");
		assertThat(offline(offlineDatabase, TransactionMode.PER_MIGRATION).upgrade("heads")).isEqualTo(script);
	}

	@DatabaseTest({ TestDatabaseKind.POSTGRESQL, TestDatabaseKind.SQLITE, TestDatabaseKind.H2 })
	void inTransactionModeAllTheScriptLeavesTheSameRowsAndTables(TestDatabase onlineDatabase,
			TestDatabase offlineDatabase) {
		graph(onlineDatabase);
		online(onlineDatabase).upgrade("heads");
		runScript(offlineDatabase, offline(offlineDatabase, TransactionMode.ALL).upgrade("heads"));
		assertThat(versionRows(offlineDatabase)).isEqualTo(versionRows(onlineDatabase));
		assertThat(userTables(offlineDatabase)).isEqualTo(userTables(onlineDatabase));
	}

	@DatabaseTest
	void aDowngradeRangeLeavesTheRowsAndTablesOfTheOnlineRun(TestDatabase onlineDatabase,
			TestDatabase offlineDatabase) {
		graph(onlineDatabase);
		online(onlineDatabase).upgrade("heads");
		online(onlineDatabase).downgrade("a1a1");
		runScript(offlineDatabase, offline(offlineDatabase, TransactionMode.PER_MIGRATION).upgrade("heads"));
		String script = offline(offlineDatabase, TransactionMode.PER_MIGRATION).downgrade("d4d4:a1a1");
		runScript(offlineDatabase, script);
		assertThat(versionRows(offlineDatabase)).containsExactly("a1a1", "f6f6").isEqualTo(versionRows(onlineDatabase));
		assertThat(userTables(offlineDatabase)).isEqualTo(userTables(onlineDatabase)).doesNotContain("orders");
		runScript(offlineDatabase, offline(offlineDatabase, TransactionMode.PER_MIGRATION).downgrade("f6f6:base"));
		runScript(offlineDatabase, offline(offlineDatabase, TransactionMode.PER_MIGRATION).downgrade("a1a1:base"));
		assertThat(versionRows(offlineDatabase)).isEmpty();
		assertThat(userTables(offlineDatabase)).containsExactly("migrate_version");
	}

	@DatabaseTest
	void aStampLeavesTheRowsOfTheOnlineStamp(TestDatabase onlineDatabase, TestDatabase offlineDatabase) {
		graph(onlineDatabase);
		online(onlineDatabase).stamp(List.of("b2b2", "audit@head"), false);
		online(onlineDatabase).stamp(List.of("d4d4"), false);
		runScript(offlineDatabase, offline(offlineDatabase, TransactionMode.PER_MIGRATION).stamp(List.of("b2b2", "audit@head")));
		runScript(offlineDatabase, offline(offlineDatabase, TransactionMode.PER_MIGRATION).stamp(List.of("b2b2:d4d4")));
		assertThat(versionRows(offlineDatabase)).containsExactly("d4d4", "f6f6").isEqualTo(versionRows(onlineDatabase));
		assertThat(userTables(offlineDatabase)).containsExactly("migrate_version");
	}

	@Test
	void theScriptGoesToTheResultsStreamAndTheStepsToTheProgressStream() {
		ScriptFiles.write(this.directory, script("a1a1", "Create a").table(), script("b2b2", "Create b").revises("a1a1").table());
		String script = commands().offline(Dialects.forName("postgresql"), MigrationOptions.defaults()).upgrade("a1a1:b2b2");
		assertThat(out()).isEqualTo(script).isEqualTo("""
				BEGIN;

				-- Running upgrade a1a1 -> b2b2

				CREATE TABLE t_b2b2 (id INT);

				UPDATE migrate_version SET version_num = 'b2b2' WHERE version_num = 'a1a1';

				COMMIT;

				""");
		assertThat(err()).isEqualTo("Running upgrade a1a1 -> b2b2, Create b\n");
	}

	@Test
	void anOfflineDowngradeNeedsARange() {
		ScriptFiles.write(this.directory, script("a1a1", "Create a").table());
		assertThatExceptionOfType(InvalidRangeException.class)
			.isThrownBy(() -> commands().offline(Dialects.forName("h2"), MigrationOptions.defaults()).downgrade("base"))
			.withMessage("downgrade with --sql requires <fromrev>:<torev>, got 'base': offline SQL cannot know where the"
					+ " database stands");
	}

	@Test
	void anIrreversibleRevisionPrintsNothing() {
		ScriptFiles.write(this.directory, script("a1a1", "Create a").table(),
				script("b2b2", "Create b").revises("a1a1").sql("CREATE TABLE t_b2b2 (id INT);\n", null));
		assertThatExceptionOfType(IrreversibleRevisionException.class).isThrownBy(
				() -> commands().offline(Dialects.forName("sqlite"), MigrationOptions.defaults()).downgrade("b2b2:base"));
		assertThat(out()).isEmpty();
		assertThat(err()).isEmpty();
	}

}
