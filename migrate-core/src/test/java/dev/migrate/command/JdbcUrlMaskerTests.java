package dev.migrate.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JdbcUrlMasker}.
 */
class JdbcUrlMaskerTests {

	@Test
	void urlWithoutPasswordIsUnchanged() {
		assertThat(JdbcUrlMasker.mask("jdbc:postgresql://localhost:5432/test?user=postgres"))
			.isEqualTo("jdbc:postgresql://localhost:5432/test?user=postgres");
	}

	@Test
	void passwordQueryParameterIsMasked() {
		assertThat(JdbcUrlMasker.mask("jdbc:postgresql://db:5432/app?user=app&password=s3cret&ssl=true"))
			.isEqualTo("jdbc:postgresql://db:5432/app?user=app&password=****&ssl=true");
	}

	@Test
	void passwordAsFirstQueryParameterIsMasked() {
		assertThat(JdbcUrlMasker.mask("jdbc:mariadb://db/app?password=s3cret"))
			.isEqualTo("jdbc:mariadb://db/app?password=****");
	}

	@Test
	void semicolonSeparatedPasswordIsMaskedInAnyCase() {
		assertThat(JdbcUrlMasker.mask("jdbc:sqlserver://db:1433;databaseName=app;user=sa;Password=s3cret;encrypt=true"))
			.isEqualTo("jdbc:sqlserver://db:1433;databaseName=app;user=sa;Password=****;encrypt=true");
		assertThat(JdbcUrlMasker.mask("jdbc:h2:mem:test;USER=sa;PASSWORD=s3cret"))
			.isEqualTo("jdbc:h2:mem:test;USER=sa;PASSWORD=****");
	}

	@Test
	void otherPasswordParametersAreMaskedToo() {
		assertThat(JdbcUrlMasker.mask("jdbc:postgresql://db/app?sslpassword=a&trustStorePassword=b&pwd=c"))
			.isEqualTo("jdbc:postgresql://db/app?sslpassword=****&trustStorePassword=****&pwd=****");
	}

	@Test
	void credentialsBeforeTheHostAreMasked() {
		assertThat(JdbcUrlMasker.mask("jdbc:mysql://app:s3cr@t@db:3306/app"))
			.isEqualTo("jdbc:mysql://app:****@db:3306/app");
	}

	@Test
	void userWithoutPasswordBeforeTheHostIsUnchanged() {
		assertThat(JdbcUrlMasker.mask("jdbc:mysql://app@db:3306/app")).isEqualTo("jdbc:mysql://app@db:3306/app");
	}

	@Test
	void portAfterTheHostIsNotMistakenForAPassword() {
		assertThat(JdbcUrlMasker.mask("jdbc:postgresql://db:5432/app")).isEqualTo("jdbc:postgresql://db:5432/app");
	}

	@Test
	void oracleThinCredentialsAreMasked() {
		assertThat(JdbcUrlMasker.mask("jdbc:oracle:thin:scott/tiger@//db:1521/orcl"))
			.isEqualTo("jdbc:oracle:thin:scott/****@//db:1521/orcl");
	}

	@Test
	void emptyPasswordStaysEmpty() {
		assertThat(JdbcUrlMasker.mask("jdbc:mariadb://db/app?user=root&password="))
			.isEqualTo("jdbc:mariadb://db/app?user=root&password=");
	}

}
