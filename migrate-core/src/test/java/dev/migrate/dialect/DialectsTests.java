package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Dialects}.
 */
class DialectsTests {

	@Test
	void findsEachDialectByName() {
		assertThat(Dialects.forName("postgresql")).isInstanceOf(PostgresDialect.class);
		assertThat(Dialects.forName("mariadb")).isInstanceOf(MariaDbDialect.class);
		assertThat(Dialects.forName("h2")).isInstanceOf(H2Dialect.class);
		assertThat(Dialects.forName("sqlite")).isInstanceOf(SqliteDialect.class);
	}

	@Test
	void mysqlIsMariaDbUnderItsOwnName() {
		Dialect mysql = Dialects.forName("mysql");
		assertThat(mysql).isInstanceOf(MariaDbDialect.class);
		assertThat(mysql.name()).isEqualTo("mysql");
		assertThat(mysql.displayName()).isEqualTo("MySQL");
	}

	@Test
	void namesIgnoreCaseAndSurroundingSpace() {
		assertThat(Dialects.forName(" PostgreSQL ").name()).isEqualTo("postgresql");
	}

	@Test
	void eachDialectHasTheNameItIsFoundBy() {
		for (String name : Dialects.names()) {
			assertThat(Dialects.forName(name).name()).isEqualTo(name);
		}
	}

	@Test
	void anUnknownNameListsTheValidOnes() {
		assertThatExceptionOfType(UnknownDialectException.class).isThrownBy(() -> Dialects.forName("oracle"))
			.withMessage("Unknown dialect 'oracle'; use one of postgresql, mariadb, mysql, h2, sqlite");
	}

	@Test
	void findsEachDialectByJdbcUrl() {
		assertThat(Dialects.forJdbcUrl("jdbc:postgresql://localhost:5432/test").name()).isEqualTo("postgresql");
		assertThat(Dialects.forJdbcUrl("jdbc:mariadb://localhost/test").name()).isEqualTo("mariadb");
		assertThat(Dialects.forJdbcUrl("jdbc:mysql://localhost/test").name()).isEqualTo("mysql");
		assertThat(Dialects.forJdbcUrl("jdbc:h2:mem:test").name()).isEqualTo("h2");
		assertThat(Dialects.forJdbcUrl("jdbc:sqlite:/tmp/app.db").name()).isEqualTo("sqlite");
	}

	@Test
	void jdbcUrlSchemesIgnoreCase() {
		assertThat(Dialects.forJdbcUrl("JDBC:PostgreSQL://localhost/test").name()).isEqualTo("postgresql");
	}

	@Test
	void aJdbcUrlOfAnotherDatabaseNamesItsSchemeAndTheSupportedOnes() {
		assertThatExceptionOfType(UnknownDialectException.class)
			.isThrownBy(() -> Dialects.forJdbcUrl("jdbc:oracle:thin:scott/tiger@host:1521:orcl"))
			.withMessageStartingWith("No dialect for JDBC URLs starting 'jdbc:oracle:'")
			.withMessageContaining("jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:h2: and jdbc:sqlite:")
			.withMessageNotContaining("tiger");
	}

	@Test
	void somethingThatIsNotAJdbcUrlIsRefusedWithoutRepeatingIt() {
		assertThatExceptionOfType(UnknownDialectException.class)
			.isThrownBy(() -> Dialects.forJdbcUrl("postgres://user:secret@host/db"))
			.withMessageContaining("is not a JDBC URL")
			.withMessageNotContaining("secret");
	}

	@DatabaseTest
	void findsTheDialectOfAConnection(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			String expected = switch (database.kind()) {
				case H2 -> "h2";
				case SQLITE -> "sqlite";
				case POSTGRESQL -> "postgresql";
				case MARIADB -> "mariadb";
			};
			assertThat(Dialects.forConnection(connection).name()).isEqualTo(expected);
		}
	}

}
