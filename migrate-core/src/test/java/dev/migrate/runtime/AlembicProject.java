package dev.migrate.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

/**
 * A real Alembic project (Debian's {@code python3-alembic}, run as
 * {@code /usr/bin/python3 -m alembic}) in a directory: {@code alembic.ini}, an {@code env.py}
 * that connects to a test database through SQLAlchemy, and revision modules written one by one.
 */
final class AlembicProject {

	/** Debian's interpreter, which {@code python3-alembic} installs into. */
	static final String PYTHON = "/usr/bin/python3";

	private static final long TIMEOUT_SECONDS = 120;

	private static final Pattern CURRENT_LINE = Pattern.compile("^([A-Za-z0-9_]+)(?: \\(.*\\))?$");

	private static final String ENV_PY = """
			import os

			from alembic import context
			from sqlalchemy import create_engine
			from sqlalchemy.engine import URL

			def setting(name):
			    return os.environ.get("MIGRATE_TEST_ALEMBIC_" + name) or None

			url = URL.create(setting("DRIVER"), username=setting("USER"), password=setting("PASSWORD"),
			                 host=setting("HOST"), port=setting("PORT"), database=setting("DATABASE"))
			schema = setting("SCHEMA")
			engine = create_engine(url, connect_args={"options": "-c search_path=" + schema} if schema else {})
			with engine.connect() as connection:
			    context.configure(connection=connection)
			    with context.begin_transaction():
			        context.run_migrations()
			""";

	private final Path directory;

	private final Map<String, String> connection;

	private AlembicProject(Path directory, Map<String, String> connection) {
		this.directory = directory;
		this.connection = connection;
	}

	/**
	 * Makes sure a real Alembic can run against a kind of database: skips the test when it
	 * cannot, unless {@code CI=true}, where the test fails instead.
	 */
	static void assumeInstalled(TestDatabaseKind kind) {
		String modules = (kind == TestDatabaseKind.POSTGRESQL) ? "alembic, sqlalchemy, psycopg2" : "alembic, sqlalchemy";
		String failure;
		try {
			Result probe = run(Path.of(System.getProperty("java.io.tmpdir")), Map.of(), PYTHON, "-c", "import " + modules);
			if (probe.exitCode() == 0) {
				return;
			}
			failure = lastLine(probe.stderr());
		}
		catch (IOException ex) {
			failure = ex.getMessage();
		}
		String message = "Real Alembic is needed: '" + PYTHON + " -c \"import " + modules + "\"' failed (" + failure
				+ "). Install Debian's python3-alembic and python3-psycopg2 (.ci/run does).";
		if ("true".equalsIgnoreCase(String.valueOf(System.getenv("CI")).strip())) {
			Assertions.fail(message + " Required because CI=true.");
		}
		Assumptions.abort(message);
	}

	private static String lastLine(String text) {
		String stripped = text.strip();
		return stripped.substring(stripped.lastIndexOf('\n') + 1);
	}

	/**
	 * Writes {@code alembic.ini}, {@code env.py} and an empty {@code versions} directory that
	 * reach the given test database (its own schema on PostgreSQL).
	 */
	static AlembicProject create(Path directory, TestDatabase database) {
		try {
			Files.createDirectories(directory.resolve("versions"));
			// configparser reads '%' as the start of an interpolation
			Files.writeString(directory.resolve("alembic.ini"),
					"[alembic]\nscript_location = " + directory.toString().replace("%", "%%") + "\n",
					StandardCharsets.UTF_8);
			Files.writeString(directory.resolve("env.py"), ENV_PY, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new AlembicProject(directory, connection(database));
	}

	private static Map<String, String> connection(TestDatabase database) {
		if (database.kind() == TestDatabaseKind.SQLITE) {
			return Map.of("MIGRATE_TEST_ALEMBIC_DRIVER", "sqlite", "MIGRATE_TEST_ALEMBIC_DATABASE",
					database.url().substring("jdbc:sqlite:".length()));
		}
		if (database.kind() != TestDatabaseKind.POSTGRESQL) {
			throw new IllegalArgumentException("Only SQLite and PostgreSQL are set up for Alembic: " + database);
		}
		URI server = URI.create(database.url().substring("jdbc:".length()));
		return Map.of("MIGRATE_TEST_ALEMBIC_DRIVER", "postgresql+psycopg2", "MIGRATE_TEST_ALEMBIC_HOST", server.getHost(),
				"MIGRATE_TEST_ALEMBIC_PORT", String.valueOf((server.getPort() > 0) ? server.getPort() : 5432),
				"MIGRATE_TEST_ALEMBIC_DATABASE", server.getPath().substring(1), "MIGRATE_TEST_ALEMBIC_USER",
				database.user(), "MIGRATE_TEST_ALEMBIC_PASSWORD", database.password(), "MIGRATE_TEST_ALEMBIC_SCHEMA",
				database.name());
	}

	/**
	 * Writes a revision module whose upgrade creates table {@code t_<id>} and whose downgrade
	 * drops it, as {@link RevisionFiles#table} does for migrate.
	 * @param downRevisions the ids it revises, none for a base, several for a merge
	 */
	AlembicProject table(String id, String... downRevisions) {
		String downRevision = switch (downRevisions.length) {
			case 0 -> "None";
			case 1 -> "\"" + downRevisions[0] + "\"";
			default -> Arrays.stream(downRevisions).map((each) -> "\"" + each + "\"").collect(Collectors.joining(", ", "(", ")"));
		};
		String module = """
				\"\"\"Revision %1$s\"\"\"
				from alembic import op

				revision = "%1$s"
				down_revision = %2$s
				branch_labels = None
				depends_on = None


				def upgrade():
				    op.execute("CREATE TABLE t_%1$s (id INT)")


				def downgrade():
				    op.execute("DROP TABLE t_%1$s")
				""".formatted(id, downRevision);
		try {
			Files.writeString(this.directory.resolve("versions").resolve(id + "_revision.py"), module,
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/**
	 * Runs an Alembic command, such as {@code upgrade head}, failing the test if it fails.
	 * @return what it printed on standard output
	 */
	String command(String... arguments) {
		List<String> command = new ArrayList<>(List.of(PYTHON, "-m", "alembic", "-c",
				this.directory.resolve("alembic.ini").toString()));
		command.addAll(List.of(arguments));
		Result result;
		try {
			result = run(this.directory, this.connection, command.toArray(String[]::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (result.exitCode() != 0) {
			Assertions.fail("alembic " + String.join(" ", arguments) + " exited with " + result.exitCode() + ":\n"
					+ result.stdout() + result.stderr());
		}
		return result.stdout();
	}

	/**
	 * Asks Alembic for the current revisions.
	 * @return the revisions {@code alembic current} prints, without their annotations
	 */
	List<String> current() {
		List<String> revisions = new ArrayList<>();
		for (String line : command("current").split("\n")) {
			Matcher matcher = CURRENT_LINE.matcher(line.strip());
			if (matcher.matches()) {
				revisions.add(matcher.group(1));
			}
		}
		return revisions;
	}

	private static Result run(Path directory, Map<String, String> environment, String... command) throws IOException {
		Path stdout = Files.createTempFile("alembic", ".out");
		Path stderr = Files.createTempFile("alembic", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			try {
				if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					Assertions.fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
				}
			}
			catch (InterruptedException ex) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while running " + String.join(" ", command), ex);
			}
			return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
		}
		finally {
			Files.deleteIfExists(stdout);
			Files.deleteIfExists(stderr);
		}
	}

	/**
	 * What a process did.
	 */
	private record Result(int exitCode, String stdout, String stderr) {
	}

}
