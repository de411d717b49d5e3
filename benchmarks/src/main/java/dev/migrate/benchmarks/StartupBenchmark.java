package dev.migrate.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Measures what the starter adds to an application's start: the demo application, started in a
 * new JVM each time, with the starter finding its database at head, against the same application
 * with {@code migrate.enabled=false}, on a database both start against. Each start is timed by
 * Spring Boot's own {@code Started ... in N seconds} line (the JVM's start-up is not counted);
 * the two kinds of start take turns, and the table shows their medians and the median of the
 * differences of the starts made one after the other. Start-to-start noise on a small machine is
 * several times the starter's share, so the table also shows the starter's own time: what it
 * logs for its startup action less the opening of the connection pool, which Hikari logs and
 * which the application without the starter spends later, when Hibernate connects.
 *
 * <p>Build the demo with {@code ./mvnw -q -pl demo-app -am -DskipTests package}, then run
 * {@code java -cp benchmarks/target/benchmarks.jar dev.migrate.benchmarks.StartupBenchmark} from
 * the repository's root. Arguments: the demo's jar (found in {@code demo-app/target} when not
 * given). {@code -Dbenchmark.starts=N} sets the starts of each kind (default 20). The database is
 * an H2 file in a temporary directory, and PostgreSQL's {@code test} database when the local
 * server is reachable (the demo's {@code postgresql} profile, its tables dropped afterwards).
 */
public final class StartupBenchmark {

	private static final Pattern STARTED = Pattern
		.compile("Started \\S+ in (\\d+(?:\\.\\d+)?) seconds");

	/** The line the starter logs after its startup action, with the action's milliseconds. */
	private static final Pattern STARTUP_ACTION = Pattern.compile("Migration '\\S+': database .* \\((\\d+) ms\\)$");

	/** Hikari's lines around opening the pool's first connection, after their time stamp. */
	private static final Pattern POOL_STARTING = Pattern.compile("^(\\S+)\\s.*HikariPool-1 - Starting\\.\\.\\.$");

	private static final Pattern POOL_STARTED = Pattern.compile("^(\\S+)\\s.*HikariPool-1 - Start completed\\.$");

	private static final int DEFAULT_STARTS = 20;

	private static final long START_TIMEOUT_SECONDS = 120;

	private StartupBenchmark() {
	}

	/**
	 * Runs the benchmark and prints its table.
	 * @param args the demo's jar, optionally
	 * @throws Exception if the demo cannot be started
	 */
	public static void main(String[] args) throws Exception {
		Path jar = (args.length > 0) ? Path.of(args[0]) : findDemoJar();
		int starts = Integer.getInteger("benchmark.starts", DEFAULT_STARTS);
		Path workspace = Files.createTempDirectory("migrate-startup");
		List<Row> rows = new ArrayList<>();
		try {
			List<String> h2 = List.of("--spring.datasource.url=jdbc:h2:file:" + workspace.resolve("demo-db"));
			rows.add(measure("h2 (file)", jar, h2, starts));
			if (postgresReachable()) {
				rows.add(measure("postgresql", jar, List.of("--spring.profiles.active=postgresql"), starts));
				start(jar, List.of("--spring.profiles.active=postgresql", "migrate", "downgrade", "base"), false);
			}
			else {
				System.err.println("PostgreSQL is not reachable; measuring H2 only");
			}
		}
		finally {
			try (Stream<Path> files = Files.walk(workspace)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		print(rows, starts);
	}

	private static Row measure(String database, Path jar, List<String> arguments, int starts)
			throws IOException, InterruptedException {
		// the first start brings the database to head; two more of each kind warm the disk cache
		start(jar, arguments, true);
		List<String> disabled = new ArrayList<>(arguments);
		disabled.add("--migrate.enabled=false");
		for (int i = 0; i < 2; i++) {
			start(jar, arguments, true);
			start(jar, disabled, true);
		}
		double[] withMigrate = new double[starts];
		double[] actions = new double[starts];
		double[] own = new double[starts];
		double[] without = new double[starts];
		double[] differences = new double[starts];
		for (int i = 0; i < starts; i++) {
			// alternate which kind goes first, so that neither always follows the other
			Start with;
			if (i % 2 == 0) {
				with = start(jar, arguments, true);
				without[i] = start(jar, disabled, true).millis();
			}
			else {
				without[i] = start(jar, disabled, true).millis();
				with = start(jar, arguments, true);
			}
			withMigrate[i] = with.millis();
			actions[i] = with.startupActionMillis();
			own[i] = with.startupActionMillis() - with.poolStartMillis();
			differences[i] = withMigrate[i] - without[i];
		}
		System.err.printf(Locale.ROOT, "measured %s: with migrate %s, without %s%n", database,
				Arrays.toString(withMigrate), Arrays.toString(without));
		return new Row(database, median(withMigrate), median(without), median(differences), median(actions),
				median(own));
	}

	/**
	 * Starts the demo in a new JVM on a random port and stops it once started, or runs a command
	 * to its end.
	 * @return the milliseconds Spring Boot reports for the start and those the starter reports
	 * for its startup action (0 for a command, or without the starter)
	 */
	private static Start start(Path jar, List<String> arguments, boolean serve)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString(), "--server.port=0"));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		StringBuilder output = new StringBuilder();
		double millis = -1;
		double actionMillis = 0;
		@Nullable Instant poolStarting = null;
		double poolStartMillis = 0;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				output.append(line).append('\n');
				Matcher starting = POOL_STARTING.matcher(line);
				if (starting.find()) {
					poolStarting = Instant.parse(starting.group(1));
				}
				Matcher started = POOL_STARTED.matcher(line);
				if (started.find() && poolStarting != null) {
					poolStartMillis = Duration.between(poolStarting, Instant.parse(started.group(1))).toMillis();
				}
				Matcher action = STARTUP_ACTION.matcher(line);
				if (action.find()) {
					actionMillis = Double.parseDouble(action.group(1));
				}
				Matcher matcher = STARTED.matcher(line);
				if (serve && matcher.find()) {
					millis = Double.parseDouble(matcher.group(1)) * 1000;
					process.destroy();
					break;
				}
			}
		}
		if (!process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("The demo did not stop: " + command);
		}
		if (serve && millis < 0) {
			throw new IllegalStateException("The demo did not start: " + command + "\n" + output);
		}
		if (!serve && process.exitValue() != 0) {
			throw new IllegalStateException("The command failed: " + command + "\n" + output);
		}
		return new Start(Math.max(millis, 0), actionMillis, poolStartMillis);
	}

	/**
	 * Tells whether the server the demo's {@code postgresql} profile names can be reached.
	 */
	private static boolean postgresReachable() {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
				"")) {
			return connection.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static Path findDemoJar() throws IOException {
		Path target = Path.of("demo-app", "target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> file.getFileName().toString().matches("demo-app-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No demo-app jar in " + target.toAbsolutePath()
						+ "; build it with ./mvnw -q -pl demo-app -am -DskipTests package"));
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static void print(List<Row> rows, int starts) {
		System.out.println();
		System.out.printf(Locale.ROOT, "%-12s | %14s | %17s | %12s | %15s | %14s%n", "database", "with migrate",
				"migrate disabled", "added", "startup action", "of which own");
		for (Row row : rows) {
			System.out.printf(Locale.ROOT, "%-12s | %11.0f ms | %14.0f ms | %9.0f ms | %12.0f ms | %11.0f ms%n",
					row.database(), row.withMigrate(), row.without(), row.added(), row.startupAction(), row.ownTime());
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "Medians of %d starts of each kind in new JVMs, as Spring Boot reports them"
				+ " (JVM start-up not counted);%n", starts);
		System.out.println("added: the median of the differences between starts made one after the other.");
		System.out.println("startup action: the median of the milliseconds the starter logs for its check at head (its"
				+ " first connection to the database, which Hibernate would otherwise open, included).");
		System.out.println("of which own: the startup action less the opening of the connection pool, as Hikari logs it:"
				+ " the time the starter itself keeps the application waiting.");
	}

	/**
	 * One start: what Spring Boot reports, and what the starter reports for its startup action.
	 */
	private record Start(double millis, double startupActionMillis, double poolStartMillis) {
	}

	/**
	 * A line of the table.
	 */
	private record Row(String database, double withMigrate, double without, double added, double startupAction,
			double ownTime) {
	}

}
