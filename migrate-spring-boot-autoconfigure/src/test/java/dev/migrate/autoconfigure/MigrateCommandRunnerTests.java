package dev.migrate.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.testapp.TestApplication;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateCommandRunner}: whole applications started with {@code migrate ...}
 * arguments, on H2, with a servlet web server on the class path.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateCommandRunnerTests {

	private final String database = "command-" + UUID.randomUUID();

	private final DataSource dataSource = TestDataSources.h2(this.database);

	/**
	 * Runs the application with the test database's URL first and
	 * {@code --migrate.command.exit=false} last, closing it with {@code SpringApplication.exit}.
	 */
	private Run run(CapturedOutput output, String... args) {
		return run(output, CommandApplication.class, args);
	}

	private Run run(CapturedOutput output, Class<?> applicationClass, String... args) {
		List<String> all = new ArrayList<>();
		all.add("--spring.datasource.url=" + TestDataSources.url(this.database));
		all.addAll(List.of(args));
		return start(output, applicationClass, all);
	}

	/** Runs the application on a database of the harness. */
	private Run run(CapturedOutput output, TestDatabase database, String... args) {
		List<String> all = new ArrayList<>();
		all.add("--spring.datasource.url=" + database.url());
		all.add("--spring.datasource.username=" + database.user());
		all.add("--spring.datasource.password=" + database.password());
		all.addAll(List.of(args));
		return start(output, CommandApplication.class, all);
	}

	private Run start(CapturedOutput output, Class<?> applicationClass, List<String> args) {
		int out = output.getOut().length();
		int err = output.getErr().length();
		List<String> all = new ArrayList<>(args);
		all.add("--spring.datasource.type=" + SimpleDriverDataSource.class.getName());
		all.add("--" + MigrateCommandRunner.EXIT_PROPERTY + "=false");
		SpringApplication application = new SpringApplication(applicationClass);
		ConfigurableApplicationContext context = application.run(all.toArray(String[]::new));
		boolean webServer = context instanceof WebServerApplicationContext;
		int exitCode = SpringApplication.exit(context);
		return new Run(exitCode, output.getOut().substring(out), output.getErr().substring(err), webServer,
				application.getWebApplicationType());
	}

	private List<String> versions() {
		return versions("migrate_version");
	}

	private List<String> versions(String table) {
		return TestDataSources.hasTable(this.dataSource, table) ? TestDataSources.versions(this.dataSource, table)
				: List.of();
	}

	@Test
	void currentPrintsTheCurrentRevisionAndExitsZeroWithoutUpgrading(CapturedOutput output) {
		assertThat(run(output, "migrate", "upgrade", "3512b954651e").exitCode()).isZero();
		Run current = run(output, "migrate", "current");
		assertThat(current.exitCode()).isZero();
		assertThat(current.out()).isEqualTo("3512b954651e\n");
		assertThat(versions()).containsExactly("3512b954651e");
	}

	@Test
	void upgradeHeadUpgradesTheApplicationsDatabase(CapturedOutput output) {
		Run upgrade = run(output, "migrate", "upgrade", "head");
		assertThat(upgrade.exitCode()).isZero();
		assertThat(upgrade.err()).contains("Running upgrade  -> 3512b954651e, Create todos")
			.contains("Running upgrade 3512b954651e -> 1975ea83b712, Add priority to todos");
		assertThat(versions()).containsExactly("1975ea83b712");
	}

	@Test
	void downgradeMinusOneStepsBack(CapturedOutput output) {
		run(output, "migrate", "upgrade", "head");
		Run downgrade = run(output, "migrate", "downgrade", "-1");
		assertThat(downgrade.exitCode()).isZero();
		assertThat(downgrade.err()).contains("Running downgrade 1975ea83b712 -> 3512b954651e, Add priority to todos");
		assertThat(versions()).containsExactly("3512b954651e");
	}

	@Test
	void anUnknownCommandExitsTwo(CapturedOutput output) {
		Run unknown = run(output, "migrate", "frobnicate");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("'frobnicate'").contains("Run 'migrate --help' for usage.");
	}

	@Test
	void aFailingCommandExitsOneWithItsCause(CapturedOutput output) {
		Run failing = run(output, "migrate", "upgrade", "ffffffffffff");
		assertThat(failing.exitCode()).isEqualTo(1);
		assertThat(failing.err()).contains("FAILED: ").contains("ffffffffffff");
		assertThat(versions()).isEmpty();
	}

	@Test
	void springArgumentsStandBeforeAndAfterTheCommand(CapturedOutput output) {
		Run upgrade = run(output, "--migrate.target=3512b954651e", "migrate", "upgrade",
				"--migrate.version-table=app_version", "head", "--logging.level.root=warn");
		assertThat(upgrade.exitCode()).isZero();
		assertThat(versions("app_version")).containsExactly("1975ea83b712");
		assertThat(versions()).isEmpty();
	}

	@Test
	void noWebServerStartsInCommandMode(CapturedOutput output) {
		Run current = run(output, "migrate", "current");
		assertThat(current.exitCode()).isZero();
		assertThat(current.webApplicationType()).isEqualTo(WebApplicationType.NONE);
		assertThat(current.webServer()).isFalse();
	}

	@Test
	void theSameApplicationStartsAWebServerAndUpgradesWithoutACommand(CapturedOutput output) {
		Run started = run(output, "--server.port=0");
		assertThat(started.exitCode()).isZero();
		assertThat(started.webServer()).isTrue();
		assertThat(versions()).containsExactly("1975ea83b712");
	}

	@Test
	void theStartupActionDoesNotRunInCommandMode(CapturedOutput output) {
		Run validate = run(output, "--migrate.on-startup=validate", "migrate", "current");
		assertThat(validate.exitCode()).isZero();
		assertThat(validate.out()).isEmpty();
		assertThat(versions()).isEmpty();
	}

	@Test
	void sqlIsWrittenForTheApplicationsDatabaseWithoutChangingIt(CapturedOutput output) {
		Run sql = run(output, "migrate", "upgrade", "head", "--sql");
		assertThat(sql.exitCode()).isZero();
		assertThat(sql.out()).contains("CREATE TABLE").contains("1975ea83b712");
		assertThat(TestDataSources.hasTable(this.dataSource, "migrate_version")).isFalse();
	}

	@Test
	void aConnectionFlagIsRefusedWithThePropertyToSetInstead(CapturedOutput output) {
		Run url = run(output, "migrate", "current", "--url=jdbc:h2:mem:other");
		assertThat(url.exitCode()).isEqualTo(2);
		assertThat(url.err()).contains("give --spring.datasource.url=JDBC_URL (or --migrate.url=JDBC_URL) instead");
	}

	@Test
	void aCommandWithoutAMigrationFailsNamingTheSetting(CapturedOutput output) {
		Run disabled = run(output, "--migrate.enabled=false", "migrate", "current");
		assertThat(disabled.exitCode()).isEqualTo(1);
		assertThat(disabled.err()).contains("FAILED: the application migrates no DataSource");
	}

	@Test
	void hibernateValidationDoesNotStopTheCommandThatUpgradesTheSchema(CapturedOutput output) {
		Run upgrade = run(output, TestApplication.class, "--spring.jpa.hibernate.ddl-auto=validate", "migrate",
				"upgrade", "head");
		assertThat(upgrade.exitCode()).isZero();
		assertThat(versions()).containsExactly("1975ea83b712");
	}

	@DatabaseTest(TestDatabaseKind.POSTGRESQL)
	void commandsWorkOnTheApplicationsPostgresDatabase(TestDatabase database, CapturedOutput output) {
		assertThat(run(output, database, "migrate", "upgrade", "head").exitCode()).isZero();
		assertThat(run(output, database, "migrate", "downgrade", "-1").exitCode()).isZero();
		Run current = run(output, database, "migrate", "current");
		assertThat(current.exitCode()).isZero();
		assertThat(current.out()).isEqualTo("3512b954651e\n");
		Run sql = run(output, database, "migrate", "upgrade", "3512b954651e:head", "--sql");
		assertThat(sql.exitCode()).isZero();
		assertThat(sql.out()).contains("BEGIN;").contains("ALTER TABLE todos ADD COLUMN priority");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class CommandApplication {

	}

	record Run(int exitCode, String out, String err, boolean webServer, WebApplicationType webApplicationType) {

	}

}
