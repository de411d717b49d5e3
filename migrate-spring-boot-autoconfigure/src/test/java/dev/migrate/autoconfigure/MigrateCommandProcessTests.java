package dev.migrate.autoconfigure;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for command mode in a JVM of its own, as {@code java -jar app.jar migrate ...} runs it:
 * the process exits with the command's code and standard output holds only the results.
 */
class MigrateCommandProcessTests {

	@TempDir
	Path directory;

	private final String database = "process-" + UUID.randomUUID();

	private Exit run(String... args) throws IOException, InterruptedException {
		// a file database, as an in-memory one would end with each process
		String url = "jdbc:h2:file:" + this.directory.resolve(this.database).toAbsolutePath();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), Main.class.getName(), "--spring.datasource.url=" + url,
				"--spring.datasource.type=" + SimpleDriverDataSource.class.getName()));
		command.addAll(List.of(args));
		File out = this.directory.resolve("out.txt").toFile();
		File err = this.directory.resolve("err.txt").toFile();
		Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		return new Exit(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
				Files.readString(err.toPath(), StandardCharsets.UTF_8));
	}

	@Test
	void theProcessExitsWithTheCommandsCodeAndPrintsOnlyResults() throws Exception {
		Exit upgrade = run("migrate", "upgrade", "head");
		assertThat(upgrade.code()).isZero();
		assertThat(upgrade.out()).isEmpty();
		assertThat(upgrade.err()).contains("Running upgrade 3512b954651e -> 1975ea83b712, Add priority to todos");
		Exit current = run("migrate", "current");
		assertThat(current.code()).isZero();
		assertThat(current.out()).isEqualTo("1975ea83b712 (head)\n");
		Exit failing = run("migrate", "downgrade", "ffffffffffff");
		assertThat(failing.code()).isEqualTo(1);
		assertThat(failing.err()).contains("FAILED: ");
		Exit unknown = run("migrate", "frobnicate");
		assertThat(unknown.code()).isEqualTo(2);
	}

	@Test
	void sqlOnStandardOutputIsNothingButSql() throws Exception {
		Exit sql = run("migrate", "upgrade", "head", "--sql");
		assertThat(sql.code()).isZero();
		assertThat(sql.out()).startsWith("CREATE TABLE migrate_version").doesNotContain("Spring").doesNotContain(" INFO ");
	}

	record Exit(int code, String out, String err) {

	}

	/**
	 * An application's main method, as users write it: it neither exits nor returns a code.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Main {

		public static void main(String[] args) {
			SpringApplication.run(Main.class, args);
		}

	}

}
