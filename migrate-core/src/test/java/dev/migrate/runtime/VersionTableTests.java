package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.TableName;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link VersionTable}.
 */
class VersionTableTests {

	@DatabaseTest
	void readsNoRowsFromATableThatDoesNotExist(TestDatabase database) throws SQLException {
		VersionTable table = versionTable(database, "migrate_version");
		try (Connection connection = database.getConnection()) {
			assertThat(table.readIfExists(connection)).isEmpty();
			assertThat(table.read(connection)).isEmpty();
		}
	}

	@DatabaseTest
	void createsAnEmptyTable(TestDatabase database) throws SQLException {
		VersionTable table = versionTable(database, "migrate_version");
		try (Connection connection = database.getConnection()) {
			table.create(connection);
			assertThat(table.readIfExists(connection)).hasValue(java.util.Set.of());
		}
	}

	@DatabaseTest
	void createIfMissingCreatesOnce(TestDatabase database) throws SQLException {
		VersionTable table = versionTable(database, "migrate_version");
		try (Connection connection = database.getConnection()) {
			assertThat(table.createIfMissing(connection)).isTrue();
			table.apply(connection, List.of(new VersionRowChange.Insert("a1")));
			assertThat(table.createIfMissing(connection)).isFalse();
			assertThat(table.read(connection)).containsExactly("a1");
		}
	}

	@DatabaseTest
	void versionNumIsThePrimaryKey(TestDatabase database) throws SQLException {
		VersionTable table = versionTable(database, "migrate_version");
		try (Connection connection = database.getConnection()) {
			table.create(connection);
			table.apply(connection, List.of(new VersionRowChange.Insert("a1")));
			assertThatExceptionOfType(DatabaseAccessException.class)
				.isThrownBy(() -> table.apply(connection, List.of(new VersionRowChange.Insert("a1"))))
				.withMessageStartingWith("Could not change version table migrate_version: ");
		}
	}

	@DatabaseTest
	void makesInsertsUpdatesAndDeletesInOrder(TestDatabase database) throws SQLException {
		VersionTable table = versionTable(database, "migrate_version");
		try (Connection connection = database.getConnection()) {
			table.create(connection);
			table.apply(connection, List.of(new VersionRowChange.Insert("a1"), new VersionRowChange.Insert("b1"),
					new VersionRowChange.Update("a1", "a2"), new VersionRowChange.Delete("b1")));
			assertThat(table.read(connection)).containsExactly("a2");
		}
	}

	@DatabaseTest
	void anUpdateThatFindsNoRowIsAMismatch(TestDatabase database) throws SQLException {
		VersionTable table = versionTable(database, "migrate_version");
		try (Connection connection = database.getConnection()) {
			table.create(connection);
			table.apply(connection, List.of(new VersionRowChange.Insert("b1")));
			assertThatExceptionOfType(VersionTableMismatchException.class)
				.isThrownBy(() -> table.apply(connection, List.of(new VersionRowChange.Update("a1", "a2"))))
				.withMessageContaining("Expected to update the row of revision a1 to a2 in migrate_version, but 0 rows"
						+ " matched")
				.withMessageContaining("(version table: b1)");
		}
	}

	@DatabaseTest
	void aDeleteThatFindsNoRowIsAMismatch(TestDatabase database) throws SQLException {
		VersionTable table = versionTable(database, "migrate_version");
		try (Connection connection = database.getConnection()) {
			table.create(connection);
			assertThatExceptionOfType(VersionTableMismatchException.class)
				.isThrownBy(() -> table.apply(connection, List.of(new VersionRowChange.Delete("a1"))))
				.withMessageContaining("Expected to delete the row of revision a1");
		}
	}

	@DatabaseTest
	void aTableNamedAfterAReservedWordIsQuoted(TestDatabase database) throws SQLException {
		VersionTable table = versionTable(database, "order");
		try (Connection connection = database.getConnection()) {
			table.create(connection);
			table.apply(connection, List.of(new VersionRowChange.Insert("a1")));
			assertThat(table.read(connection)).containsExactly("a1");
		}
	}

	@DatabaseTest
	void aMixedCaseTableNameKeepsItsCase(TestDatabase database) throws SQLException {
		VersionTable table = versionTable(database, "MixedCase");
		try (Connection connection = database.getConnection()) {
			table.create(connection);
			table.apply(connection, List.of(new VersionRowChange.Insert("a1")));
			assertThat(table.read(connection)).containsExactly("a1");
		}
		String quote = (database.kind() == TestDatabaseKind.MARIADB) ? "`" : "\"";
		assertThat(Databases.column(database, "SELECT version_num FROM " + quote + "MixedCase" + quote))
			.containsExactly("a1");
	}

	@DatabaseTest({ TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB, TestDatabaseKind.H2 })
	void aTableCanLiveInAnotherSchema(TestDatabase database, TestDatabase other) throws SQLException {
		String schema = (database.kind() == TestDatabaseKind.H2) ? "OTHER" : other.name();
		if (database.kind() == TestDatabaseKind.H2) {
			Databases.execute(database, "CREATE SCHEMA OTHER");
		}
		VersionTable table = new VersionTable(Databases.dialect(database), TableName.of(schema, "migrate_version"));
		try (Connection connection = database.getConnection()) {
			assertThat(table.readIfExists(connection)).isEmpty();
			table.create(connection);
			table.apply(connection, List.of(new VersionRowChange.Insert("a1")));
			assertThat(table.read(connection)).containsExactly("a1");
		}
		assertThat(Databases.tableExists(database, "migrate_version")).isFalse();
	}

	@DatabaseTest
	void offlineStatementsRunAsTheyAreWritten(TestDatabase database) throws SQLException {
		VersionTable table = versionTable(database, "order");
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(table.createSql());
			statement.execute(table.changeSql(new VersionRowChange.Insert("it's")));
			statement.execute(table.changeSql(new VersionRowChange.Update("it's", "b\\1")));
			assertThat(table.read(connection)).containsExactly("b\\1");
			statement.execute(table.changeSql(new VersionRowChange.Delete("b\\1")));
			statement.execute(table.changeSql(new VersionRowChange.Insert("c1")));
			statement.execute(table.purgeSql());
			assertThat(table.read(connection)).isEmpty();
		}
	}

	@Test
	void writesOfflineChangesWithLiterals() {
		VersionTable table = new VersionTable(Dialects.forName("postgresql"), TableName.of("migrate_version"));
		assertThat(table.changeSql(new VersionRowChange.Insert("a1")))
			.isEqualTo("INSERT INTO migrate_version (version_num) VALUES ('a1')");
		assertThat(table.changeSql(new VersionRowChange.Update("a1", "a2")))
			.isEqualTo("UPDATE migrate_version SET version_num = 'a2' WHERE version_num = 'a1'");
		assertThat(table.changeSql(new VersionRowChange.Delete("a2")))
			.isEqualTo("DELETE FROM migrate_version WHERE version_num = 'a2'");
		assertThat(table.purgeSql()).isEqualTo("DELETE FROM migrate_version");
	}

	private static VersionTable versionTable(TestDatabase database, String name) {
		return new VersionTable(Databases.dialect(database), TableName.of(name));
	}

}
