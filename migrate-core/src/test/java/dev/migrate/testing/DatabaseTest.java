package dev.migrate.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test method once per database kind, each run with fresh databases of its own.
 * <p>
 * Each {@link TestDatabase} parameter of the method receives a fresh, empty schema (PostgreSQL),
 * database (MariaDB, H2) or file (SQLite) of the run's kind, dropped when the run ends. A second
 * {@code TestDatabase} parameter gets a second database of the same kind; the n-th
 * {@code TestDatabase} parameter of a {@code @BeforeEach} or {@code @AfterEach} method is the
 * same database as the test method's n-th.
 * <pre class="code">
 * &#64;DatabaseTest
 * void createsTheVersionTable(TestDatabase database) throws SQLException {
 *     try (Connection connection = database.getConnection()) {
 *         ...
 *     }
 * }
 * </pre>
 * Runs on PostgreSQL or MariaDB are skipped when no server can be found, or fail when
 * {@code MIGRATE_TEST_REQUIRE_DATABASES=true} or {@code CI=true}; see the
 * {@linkplain dev.migrate.testing package documentation}.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(TestDatabaseExtension.class)
public @interface DatabaseTest {

	/**
	 * The kinds of database to run the test on, in this order.
	 * @return the kinds, all four by default
	 */
	TestDatabaseKind[] value() default { TestDatabaseKind.H2, TestDatabaseKind.SQLITE, TestDatabaseKind.POSTGRESQL,
			TestDatabaseKind.MARIADB };

}
