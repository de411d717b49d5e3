package dev.migrate.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link TestDatabase} as {@link DatabaseTest @DatabaseTest} hands it out, on each kind
 * of database.
 */
class TestDatabaseTests {

	@DatabaseTest
	void aTableCanBeCreatedFilledAndReadBack(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE todos (id INT PRIMARY KEY, title VARCHAR(100) NOT NULL)");
			statement.execute("INSERT INTO todos (id, title) VALUES (1, 'write the harness')");
			assertThat(queryString(statement, "SELECT title FROM todos WHERE id = 1")).isEqualTo("write the harness");
		}
	}

	@DatabaseTest
	void theDataSourceConnectsToTheSameDatabase(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE seen (id INT)");
		}
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			assertThat(queryString(statement, "SELECT count(*) FROM seen")).isEqualTo("0");
		}
	}

	@DatabaseTest
	void eachTestDatabaseParameterIsADatabaseOfItsOwn(TestDatabase first, TestDatabase second) throws SQLException {
		assertThat(second.kind()).isEqualTo(first.kind());
		assertThat(second.name()).isNotEqualTo(first.name());
		execute(first, "CREATE TABLE only_in_first (id INT)");
		try (Connection connection = second.getConnection(); Statement statement = connection.createStatement()) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeQuery("SELECT * FROM only_in_first").close());
		}
	}

	@DatabaseTest
	void closingDropsTheDatabase(TestDatabase database) throws SQLException {
		execute(database, "CREATE TABLE doomed (id INT)");
		assertThat(database.exists()).isTrue();
		database.close();
		assertThat(database.exists()).isFalse();
	}

	@DatabaseTest
	void closingTwiceDoesNothing(TestDatabase database) {
		database.close();
		database.close();
		assertThat(database.exists()).isFalse();
	}

	@DatabaseTest
	void closingClosesTheConnectionsTheTestLeftOpen(TestDatabase database) throws SQLException {
		Connection leaked = database.getConnection();
		leaked.setAutoCommit(false);
		try (Statement statement = leaked.createStatement()) {
			statement.execute("CREATE TABLE locked (id INT)");
			statement.execute("INSERT INTO locked (id) VALUES (1)");
		}
		database.close();
		assertThat(leaked.isClosed()).isTrue();
		assertThat(database.exists()).isFalse();
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void onPostgresqlTheTestsSchemaIsTheCurrentSchema(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(queryString(statement, "SELECT current_schema()")).isEqualTo(database.name());
		}
	}

	@DatabaseTest(TestDatabaseKind.MARIADB)
	void onMariaDbTheTestsDatabaseIsTheCurrentDatabase(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			assertThat(queryString(statement, "SELECT database()")).isEqualTo(database.name());
		}
	}

	@DatabaseTest({ TestDatabaseKind.SQLITE, TestDatabaseKind.H2 })
	void runsOnlyOnTheKindsItNames(TestDatabase database) {
		assertThat(database.kind()).isIn(TestDatabaseKind.SQLITE, TestDatabaseKind.H2);
		assertThat(database.kind().isEmbedded()).isTrue();
	}

	@Nested
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class ConsecutiveTests {

		@DatabaseTest
		@Order(1)
		void leavesATableBehind(TestDatabase database) throws SQLException {
			execute(database, "CREATE TABLE left_behind (id INT)");
		}

		@DatabaseTest
		@Order(2)
		void doesNotSeeTheTableTheTestBeforeLeftBehind(TestDatabase database) throws SQLException {
			try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> statement.executeQuery("SELECT * FROM left_behind").close());
			}
		}

	}

	@Nested
	class LifecycleMethods {

		@BeforeEach
		void createTable(TestDatabase database) throws SQLException {
			execute(database, "CREATE TABLE prepared (id INT)");
		}

		@DatabaseTest
		void seeTheTestsDatabase(TestDatabase database) throws SQLException {
			try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
				assertThat(queryString(statement, "SELECT count(*) FROM prepared")).isEqualTo("0");
			}
		}

	}

	private static void execute(TestDatabase database, String sql) throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String queryString(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

}
