package dev.migrate.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link JdbcUrls}.
 */
class JdbcUrlsTests {

	@Test
	void maskHidesPasswordParameters() {
		assertThat(JdbcUrls.mask("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"))
			.isEqualTo("jdbc:postgresql://h/db?user=u&password=****&ssl=true");
		assertThat(JdbcUrls.mask("jdbc:h2:mem:x;PASSWORD=s3cret")).isEqualTo("jdbc:h2:mem:x;PASSWORD=****");
	}

	@Test
	void withParameterStartsOrExtendsTheQuery() {
		assertThat(JdbcUrls.withParameter("jdbc:postgresql://h:5432/test", "currentSchema", "mt_1"))
			.isEqualTo("jdbc:postgresql://h:5432/test?currentSchema=mt_1");
		assertThat(JdbcUrls.withParameter("jdbc:postgresql://h/test?ssl=false", "currentSchema", "mt_1"))
			.isEqualTo("jdbc:postgresql://h/test?ssl=false&currentSchema=mt_1");
	}

	@Test
	void withDatabaseReplacesTheDatabaseAndKeepsHostsAndQuery() {
		assertThat(JdbcUrls.withDatabase("jdbc:mariadb://127.0.0.1:3306/test", "mt_1"))
			.isEqualTo("jdbc:mariadb://127.0.0.1:3306/mt_1");
		assertThat(JdbcUrls.withDatabase("jdbc:mariadb://h1,h2:3307/test?useSsl=false", "mt_1"))
			.isEqualTo("jdbc:mariadb://h1,h2:3307/mt_1?useSsl=false");
	}

	@Test
	void withDatabaseAddsADatabaseWhereThereIsNone() {
		assertThat(JdbcUrls.withDatabase("jdbc:mariadb://localhost", "mt_1"))
			.isEqualTo("jdbc:mariadb://localhost/mt_1");
		assertThat(JdbcUrls.withDatabase("jdbc:mariadb://localhost/?a=b", "mt_1"))
			.isEqualTo("jdbc:mariadb://localhost/mt_1?a=b");
		assertThat(JdbcUrls.withDatabase("jdbc:mariadb://localhost?a=b", "mt_1"))
			.isEqualTo("jdbc:mariadb://localhost/mt_1?a=b");
	}

	@Test
	void withDatabaseRejectsAUrlWithoutHosts() {
		assertThatIllegalArgumentException().isThrownBy(() -> JdbcUrls.withDatabase("jdbc:h2:mem:x", "mt_1"))
			.withMessageContaining("jdbc:scheme://host:port/database");
	}

}
