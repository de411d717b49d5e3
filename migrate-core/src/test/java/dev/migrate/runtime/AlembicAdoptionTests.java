package dev.migrate.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;

import dev.migrate.dialect.TableName;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adopting a database that real Alembic manages ({@code version_table=alembic_version}), and
 * handing it back: Debian's {@code python3-alembic} and migrate take turns on one database, with
 * the same revision ids on both sides, and agree on the version rows at every hand-over.
 */
class AlembicAdoptionTests {

	private static final MigrationOptions ALEMBIC_VERSION_TABLE = MigrationOptions.defaults()
		.withVersionTable(TableName.of("alembic_version"));

	@TempDir
	Path directory;

	@DatabaseTest({ TestDatabaseKind.SQLITE, TestDatabaseKind.POSTGRESQL })
	void continuesADatabaseAlembicUpgradedAndHandsItBack(TestDatabase database) throws Exception {
		AlembicProject.assumeInstalled(database.kind());
		// a1 forks into b2 and c3, m4 merges them, e5 follows: two heads at the first hand-over
		AlembicProject alembic = AlembicProject.create(this.directory.resolve("alembic"), database)
			.table("a1")
			.table("b2", "a1")
			.table("c3", "a1")
			.table("m4", "b2", "c3")
			.table("e5", "m4");
		Path scripts = Files.createDirectories(this.directory.resolve("migrate"));
		ScriptDirectory migrateScripts = new RevisionFiles(scripts).table("a1", "")
			.table("b2", "a1")
			.table("c3", "a1")
			.table("m4", "b2, c3")
			.table("e5", "m4")
			.load();
		Migrator migrator = new Migrator(database.dataSource(), Databases.dialect(database), migrateScripts,
				ALEMBIC_VERSION_TABLE);
		MigrationPlanner planner = MigrationPlanner.of(migrateScripts);

		alembic.command("upgrade", "b2");
		alembic.command("upgrade", "c3");
		assertHandOver(database, alembic, migrator, "b2", "c3");
		assertTables(database, "a1", "b2", "c3");

		MigrationResult upgrade = migrator.run((rows) -> planner.upgrade(rows, "head"), MigrationListener.none());
		assertThat(upgrade.appliedSteps()).extracting((applied) -> applied.step().toRevisions())
			.containsExactly(List.of("m4"), List.of("e5"));
		assertHandOver(database, alembic, migrator, "e5");
		assertTables(database, "a1", "b2", "c3", "m4", "e5");

		alembic.command("downgrade", "a1");
		assertHandOver(database, alembic, migrator, "a1");
		assertTables(database, "a1");

		migrator.run((rows) -> planner.upgrade(rows, "b2"), MigrationListener.none());
		migrator.run((rows) -> planner.upgrade(rows, "c3"), MigrationListener.none());
		assertHandOver(database, alembic, migrator, "b2", "c3");
		assertTables(database, "a1", "b2", "c3");

		alembic.command("upgrade", "heads");
		alembic.command("downgrade", "m4");
		assertHandOver(database, alembic, migrator, "m4");
		assertTables(database, "a1", "b2", "c3", "m4");

		migrator.run((rows) -> planner.downgrade(rows, "base"), MigrationListener.none());
		assertHandOver(database, alembic, migrator);
		assertTables(database);

		alembic.command("upgrade", "heads");
		assertHandOver(database, alembic, migrator, "e5");
		assertTables(database, "a1", "b2", "c3", "m4", "e5");
		// migrate's history holds its own steps only
		assertThat(Databases.column(database, "SELECT direction FROM migrate_history ORDER BY id")).containsExactly(
				"upgrade", "upgrade", "upgrade", "upgrade", "downgrade", "downgrade", "downgrade", "downgrade");
	}

	/**
	 * Checks that the version table holds the given revisions, and that migrate and Alembic both
	 * read them so.
	 */
	private static void assertHandOver(TestDatabase database, AlembicProject alembic, Migrator migrator,
			String... revisions) {
		assertThat(Databases.column(database, "SELECT version_num FROM alembic_version"))
			.containsExactlyInAnyOrder(revisions);
		assertThat(migrator.currentRevisions()).containsExactlyInAnyOrder(revisions);
		assertThat(alembic.current()).containsExactlyInAnyOrder(revisions);
	}

	/**
	 * Checks which of the revisions' tables exist.
	 */
	private static void assertTables(TestDatabase database, String... revisions) {
		Set<String> present = Set.of(revisions);
		for (String revision : List.of("a1", "b2", "c3", "m4", "e5")) {
			assertThat(Databases.tableExists(database, "t_" + revision)).as("table t_" + revision)
				.isEqualTo(present.contains(revision));
		}
	}

}
