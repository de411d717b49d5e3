package dev.migrate.dialect;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Dialect#literal(Object)}: the literals each database reads back as the
 * value.
 */
class DialectLiteralTests {

	private static final String NASTY = "it's a \\ back\\'slash, a \"quote\", a ? and a -- dash";

	@Test
	void writesNumbersWithoutExponents() {
		Dialect dialect = new H2Dialect();
		assertThat(dialect.literal(1e20)).isEqualTo("100000000000000000000");
		assertThat(dialect.literal(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(dialect.literal(0.5f)).isEqualTo("0.5");
		assertThat(dialect.literal(-42L)).isEqualTo("-42");
	}

	@Test
	void writesNullBooleansAndTimes() {
		Dialect dialect = new PostgresDialect();
		assertThat(dialect.literal(null)).isEqualTo("NULL");
		assertThat(dialect.literal(true)).isEqualTo("TRUE");
		assertThat(dialect.literal(LocalTime.of(10, 5))).isEqualTo("TIME '10:05:00'");
		assertThat(dialect.literal(LocalDateTime.of(2026, 11, 21, 10, 0, 0, 500_000_000)))
			.isEqualTo("TIMESTAMP '2026-11-21 10:00:00.5'");
		assertThat(dialect.literal(Instant.parse("2026-11-21T10:00:00Z")))
			.isEqualTo("TIMESTAMP WITH TIME ZONE '2026-11-21 10:00:00+00:00'");
	}

	@Test
	void writesJavaSqlDatesAsTheirJavaTimeValues() {
		Dialect dialect = new H2Dialect();
		assertThat(dialect.literal(java.sql.Date.valueOf("2026-11-21"))).isEqualTo("DATE '2026-11-21'");
		assertThat(dialect.literal(java.sql.Timestamp.valueOf("2026-11-21 10:00:00.25")))
			.isEqualTo("TIMESTAMP '2026-11-21 10:00:00.25'");
		assertThat(dialect.literal(java.util.Date.from(Instant.parse("2026-11-21T10:00:00Z"))))
			.isEqualTo("TIMESTAMP WITH TIME ZONE '2026-11-21 10:00:00+00:00'");
	}

	@Test
	void writesBytesInEachDatabasesHexadecimalForm() {
		byte[] bytes = { (byte) 0xca, (byte) 0xfe };
		assertThat(new PostgresDialect().literal(bytes)).isEqualTo("'\\xCAFE'::bytea");
		assertThat(new MariaDbDialect().literal(bytes)).isEqualTo("X'CAFE'");
		assertThat(new H2Dialect().literal(bytes)).isEqualTo("X'CAFE'");
	}

	@Test
	void writesInstantsInUtcOnMariaDb() {
		assertThat(new MariaDbDialect().literal(OffsetDateTime.of(2026, 11, 21, 12, 0, 0, 0, ZoneOffset.ofHours(2))))
			.isEqualTo("TIMESTAMP '2026-11-21 10:00:00'");
		assertThat(new MariaDbDialect().literal(java.util.Date.from(Instant.parse("2026-11-21T10:00:00Z"))))
			.isEqualTo("TIMESTAMP '2026-11-21 10:00:00'");
	}

	@Test
	void refusesValuesWithoutALiteral() {
		assertThatIllegalArgumentException().isThrownBy(() -> new H2Dialect().literal(new Object()))
			.withMessageContaining("java.lang.Object")
			.withMessageContaining("H2");
		assertThatIllegalArgumentException().isThrownBy(() -> new H2Dialect().literal(Double.NaN))
			.withMessageContaining("NaN");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void databasesReadTheLiteralsBackAsTheValues(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			Dialect dialect = Dialects.forConnection(connection);
			UUID uuid = UUID.fromString("0b6c5a8e-4f3e-4b7a-9a55-3d1f0b2c9e10");
			String sql = "SELECT " + String.join(", ", dialect.literal(NASTY), dialect.literal(12345678901L),
					dialect.literal(new BigDecimal("-12.50")), dialect.literal(LocalDate.of(2026, 11, 21)),
					dialect.literal(LocalTime.of(23, 59, 58)), dialect.literal(LocalDateTime.of(2026, 1, 2, 3, 4, 5)),
					dialect.literal(uuid), dialect.literal(new byte[] { 0, 1, (byte) 0xff }), dialect.literal(null),
					dialect.literal("line\nbreak\0nul".replace("\0", (database.kind() == TestDatabaseKind.MARIADB)
							? "\0" : "")));
			try (ResultSet result = statement.executeQuery(sql)) {
				result.next();
				assertThat(result.getString(1)).isEqualTo(NASTY);
				assertThat(result.getLong(2)).isEqualTo(12345678901L);
				assertThat(result.getBigDecimal(3)).isEqualByComparingTo("-12.50");
				assertThat(result.getObject(4, LocalDate.class)).isEqualTo(LocalDate.of(2026, 11, 21));
				assertThat(result.getObject(5, LocalTime.class)).isEqualTo(LocalTime.of(23, 59, 58));
				assertThat(result.getObject(6, LocalDateTime.class)).isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
				assertThat(result.getString(7)).isEqualTo(uuid.toString());
				assertThat(result.getBytes(8)).containsExactly(0, 1, 0xff);
				assertThat(result.getObject(9)).isNull();
				assertThat(result.getString(10)).startsWith("line\nbreak");
			}
		}
	}

}
