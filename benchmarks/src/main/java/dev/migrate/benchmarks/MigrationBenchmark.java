package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.runtime.MigrationPlanner;
import dev.migrate.runtime.MigrationResult;
import dev.migrate.runtime.Migrator;
import dev.migrate.script.Location;
import dev.migrate.script.ScriptDirectory;

/**
 * Applies N trivial revisions ({@code CREATE TABLE bench_N (id INT PRIMARY KEY, name VARCHAR(40))}
 * each) to a fresh schema, side by side: the same statements run with plain JDBC on one
 * connection in auto-commit mode (the floor), plain JDBC that also keeps a version row and a
 * history row per statement in the statement's transaction (the floor for migrate's
 * guarantees), migrate's cold upgrade through its API (loading the scripts included), and
 * Flyway's cold migrate of the same statements; then the no-op run at head of migrate and
 * Flyway, each with a fresh instance that loads its scripts, as an application start does: in
 * this JVM once warmed up, and as the first call of a new JVM (on PostgreSQL, which a new JVM
 * can reach). Prints a table of medians and the ratios to the floor.
 *
 * <p>Run with {@code ./mvnw -q -pl benchmarks -am -DskipTests package} and then
 * {@code java -cp benchmarks/target/benchmarks.jar dev.migrate.benchmarks.MigrationBenchmark}
 * (optionally with revision counts as arguments, default {@code 1000 5000}). PostgreSQL is
 * found as the tests find it ({@code MIGRATE_TEST_POSTGRES_URL}, {@code _USER},
 * {@code _PASSWORD}, else {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres});
 * when it cannot be reached only H2 is measured. System properties {@code benchmark.repeats}
 * (cold runs per tool and size, default 5; a tool is not run again once its runs of a size have
 * taken a minute), {@code benchmark.noopRepeats} (default 15) and
 * {@code benchmark.freshJvmRepeats} (default 3) change the number of runs.
 *
 * <p>Each cold run gets a new schema (PostgreSQL) or in-memory database (H2); the tools take
 * turns in a rotating order. On PostgreSQL the catalogs are vacuumed and a checkpoint is taken
 * after each schema is dropped, so that no run pays for the previous one's clean-up.
 */
public final class MigrationBenchmark {

	private static final int WARMUP_REVISIONS = 200;

	private static final int WARMUP_ROUNDS = 3;

	/** Enough no-op runs for the just-in-time compiler to have compiled the header parsing. */
	private static final int WARMUP_NOOP_RUNS = 20;

	private static final int DEFAULT_REPEATS = 5;

	/** A tool whose cold runs of one size have taken this long in all is not run again. */
	private static final double REPEAT_BUDGET_MILLIS = 60_000;

	private static final Logger FLYWAY_LOGGER = Logger.getLogger("org.flywaydb");

	private MigrationBenchmark() {
	}

	/**
	 * Runs the benchmark and prints its table.
	 * @param args revision counts to measure
	 * @throws Exception if a database or the file system fails
	 */
	public static void main(String[] args) throws Exception {
		// Flyway logs a line per migration (and warns that it has not been verified with this H2);
		// migrate runs without a listener, so Flyway stays quiet too
		FLYWAY_LOGGER.setLevel(Level.SEVERE);
		if (args.length > 0 && args[0].equals(FreshJvm.PROBE)) {
			FreshJvm.probe(args);
			return;
		}
		int[] sizes = (args.length > 0) ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
				: new int[] { 1_000, 5_000 };
		List<Database> databases = new ArrayList<>();
		Database postgres = Database.postgres();
		if (postgres.reachable()) {
			databases.add(postgres);
		}
		else {
			System.err.println("PostgreSQL is not reachable at " + postgres.description() + "; measuring H2 only");
		}
		databases.add(Database.h2());
		List<Row> rows = new ArrayList<>();
		Path workspace = Files.createTempDirectory("migrate-benchmark");
		try {
			for (Database database : databases) {
				warmUp(database, workspace);
				for (int size : sizes) {
					Row row = measure(database, Workload.write(workspace, size));
					rows.add(row);
					System.err.println("measured " + row.database() + " at " + size + " revisions");
				}
			}
		}
		finally {
			deleteRecursively(workspace);
		}
		print(rows);
	}

	private static void warmUp(Database database, Path workspace) throws Exception {
		Workload workload = Workload.write(workspace, WARMUP_REVISIONS);
		for (int i = 0; i < WARMUP_ROUNDS; i++) {
			for (Tool tool : Tool.values()) {
				tool.trial(database, workload, WARMUP_NOOP_RUNS, 0);
			}
		}
	}

	private static Row measure(Database database, Workload workload) throws Exception {
		int repeats = Integer.getInteger("benchmark.repeats", DEFAULT_REPEATS);
		int noopRepeats = Integer.getInteger("benchmark.noopRepeats", 15);
		int freshJvmRepeats = Integer.getInteger("benchmark.freshJvmRepeats", 3);
		Tool[] tools = Tool.values();
		// cold[tool][round], NaN where a tool sat a round out
		double[][] cold = new double[tools.length][repeats];
		Map<Tool, Timings> firstTrials = new EnumMap<>(Tool.class);
		for (int i = 0; i < repeats; i++) {
			for (int t = 0; t < tools.length; t++) {
				// a different order each round, so that no tool always runs after the same one
				Tool tool = tools[(i + t) % tools.length];
				double[] runs = cold[tool.ordinal()];
				if (i > 0 && sumOfNumbers(runs) > REPEAT_BUDGET_MILLIS) {
					runs[i] = Double.NaN;
					continue;
				}
				boolean first = !firstTrials.containsKey(tool);
				Timings timings = tool.trial(database, workload, first ? noopRepeats : 0, first ? freshJvmRepeats : 0);
				runs[i] = timings.cold();
				firstTrials.putIfAbsent(tool, timings);
			}
		}
		double[] floor = cold[Tool.FLOOR.ordinal()];
		double[] bookkeeping = cold[Tool.BOOKKEEPING.ordinal()];
		double[] migrate = cold[Tool.MIGRATE.ordinal()];
		double[] flyway = cold[Tool.FLYWAY.ordinal()];
		Timings migrateTrial = firstTrials.get(Tool.MIGRATE);
		Timings flywayTrial = firstTrials.get(Tool.FLYWAY);
		return new Row(database.name(), workload.size(), median(floor), median(bookkeeping),
				pairedRatio(bookkeeping, floor), median(migrate), pairedRatio(migrate, floor),
				pairedRatio(migrate, bookkeeping),
				median(flyway), pairedRatio(flyway, floor), countNumbers(flyway), median(migrateTrial.noop()),
				median(flywayTrial.noop()), median(migrateTrial.freshJvmNoop()), median(flywayTrial.freshJvmNoop()));
	}

	/**
	 * Returns the median of the ratios of runs made in the same round, close in time, which the
	 * load of other processes on the machine disturbs less than a ratio of medians.
	 */
	private static double pairedRatio(double[] runs, double[] reference) {
		double[] ratios = new double[runs.length];
		for (int i = 0; i < runs.length; i++) {
			ratios[i] = runs[i] / reference[i];
		}
		return median(ratios);
	}

	private static double sumOfNumbers(double[] values) {
		return Arrays.stream(values).filter((value) -> !Double.isNaN(value)).sum();
	}

	private static int countNumbers(double[] values) {
		return (int) Arrays.stream(values).filter((value) -> !Double.isNaN(value)).count();
	}

	private static void print(List<Row> rows) {
		System.out.println();
		System.out.printf(Locale.ROOT, "%-10s %9s | %8s | %15s | %15s | %15s | %15s | %15s%n", "", "", "floor",
				"floor + rows", "migrate", "Flyway", "no-op, warm", "no-op, new JVM");
		System.out.printf(Locale.ROOT, "%-10s %9s | %8s | %8s %6s | %8s %6s | %8s %6s | %7s %7s | %7s %7s%n",
				"database", "revisions", "ms", "ms", "x", "ms", "x", "ms", "x", "migrate", "Flyway", "migrate", "Flyway");
		for (Row row : rows) {
			System.out.printf(Locale.ROOT,
					"%-10s %9d | %8.0f | %8.0f %6.2f | %8.0f %6.2f | %8.0f %6.2f | %7.1f %7.1f | %7s %7s%n",
					row.database(), row.revisions(), row.floor(), row.bookkeeping(), row.bookkeepingRatio(),
					row.migrate(), row.migrateRatio(), row.flyway(), row.flywayRatio(), row.migrateNoop(),
					row.flywayNoop(), optional(row.migrateFreshJvmNoop()), optional(row.flywayFreshJvmNoop()));
		}
		System.out.println();
		System.out.println("Cold runs: median ms to apply every revision to a fresh schema (migrate and Flyway load"
				+ " their scripts too);");
		System.out.println("  x: median of the ratios to the floor run in the same round.");
		System.out.println("floor: the same statements run with plain JDBC on one connection in auto-commit mode.");
		System.out.println("floor + rows: plain JDBC that also keeps a version row and a history row per statement,"
				+ " each statement in a");
		System.out.println("  transaction with its rows: the floor for the guarantees migrate gives.");
		System.out.println("no-op, warm: median ms of a fresh instance that loads the scripts and finds the database"
				+ " at head, in this JVM.");
		System.out.println("no-op, new JVM: median ms of the same call as the first one of a new JVM, as at an"
				+ " application's start (JVM start-up not counted; PostgreSQL only).");
		for (Row row : rows) {
			System.out.printf(Locale.ROOT, "%s at %d revisions: migrate takes %.2f times the floor + rows.%n",
					row.database(), row.revisions(), row.migrateOverBookkeeping());
		}
		for (Row row : rows) {
			if (row.flywayRuns() < Integer.getInteger("benchmark.repeats", DEFAULT_REPEATS)) {
				System.out.printf(Locale.ROOT, "Flyway's cold runs on %s at %d revisions: %d, since more would take too"
						+ " long.%n", row.database(), row.revisions(), row.flywayRuns());
			}
		}
		for (int i = 1; i < rows.size(); i++) {
			Row before = rows.get(i - 1);
			Row after = rows.get(i);
			if (before.database().equals(after.database())) {
				System.out.printf(Locale.ROOT,
						"%s, %d -> %d revisions (%.1f times): floor %.1f times, migrate %.1f times, Flyway %.1f times%n",
						after.database(), before.revisions(), after.revisions(),
						(double) after.revisions() / before.revisions(), after.floor() / before.floor(),
						after.migrate() / before.migrate(), after.flyway() / before.flyway());
			}
		}
	}

	private static String optional(double millis) {
		return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%.0f", millis);
	}

	/**
	 * Returns the median of the values that are numbers, or NaN if there are none.
	 */
	private static double median(double[] values) {
		double[] sorted = Arrays.stream(values).filter((value) -> !Double.isNaN(value)).sorted().toArray();
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static double millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000.0;
	}

	private static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/**
	 * The ways of applying a workload.
	 */
	private enum Tool {

		FLOOR {

			@Override
			double run(Schema schema, Workload workload, int expectedSteps) throws SQLException {
				long start = System.nanoTime();
				try (Connection connection = schema.dataSource().getConnection();
						Statement statement = connection.createStatement()) {
					for (String sql : workload.statements()) {
						statement.execute(sql);
					}
				}
				return millisSince(start);
			}

			@Override
			boolean keepsVersions() {
				return false;
			}

		},

		/**
		 * Plain JDBC doing what any tool that keeps a version row and a history row per revision
		 * must: each statement in a transaction with an update of the version row and an insert
		 * into a history table, prepared once. The floor for those guarantees.
		 */
		BOOKKEEPING {

			@Override
			double run(Schema schema, Workload workload, int expectedSteps) throws SQLException {
				long start = System.nanoTime();
				try (Connection connection = schema.dataSource().getConnection();
						Statement statement = connection.createStatement()) {
					statement.execute("CREATE TABLE floor_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
					statement.execute("CREATE TABLE floor_history (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
							+ " revision VARCHAR(32) NOT NULL, installed_at TIMESTAMP WITH TIME ZONE NOT NULL,"
							+ " duration_ms BIGINT NOT NULL, success BOOLEAN NOT NULL)");
					statement.execute("INSERT INTO floor_version (version_num) VALUES ('0')");
					connection.setAutoCommit(false);
					try (PreparedStatement version = connection
						.prepareStatement("UPDATE floor_version SET version_num = ? WHERE version_num = ?");
							PreparedStatement history = connection.prepareStatement("INSERT INTO floor_history"
									+ " (revision, installed_at, duration_ms, success) VALUES (?, ?, ?, ?)")) {
						List<String> statements = workload.statements();
						for (int i = 0; i < statements.size(); i++) {
							long started = System.nanoTime();
							statement.execute(statements.get(i));
							version.setString(1, String.valueOf(i + 1));
							version.setString(2, String.valueOf(i));
							check(version.executeUpdate() == 1, "the floor's version row went missing");
							history.setString(1, String.valueOf(i + 1));
							history.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
							history.setLong(3, (System.nanoTime() - started) / 1_000_000);
							history.setBoolean(4, true);
							history.executeUpdate();
							connection.commit();
						}
					}
				}
				return millisSince(start);
			}

			@Override
			boolean keepsVersions() {
				return false;
			}

		},

		MIGRATE {

			@Override
			double run(Schema schema, Workload workload, int expectedSteps) {
				long start = System.nanoTime();
				ScriptDirectory scripts = ScriptDirectory.load(List.of(Location.filesystem(workload.migrateScripts())),
						MigrationBenchmark.class.getClassLoader());
				MigrationPlanner planner = MigrationPlanner.of(scripts);
				Migrator migrator = new Migrator(schema.dataSource(), schema.dialect(), scripts,
						MigrationOptions.defaults());
				MigrationResult result = migrator.run((rows) -> planner.upgrade(rows, "head"), MigrationListener.none());
				double millis = millisSince(start);
				check(result.appliedSteps().size() == expectedSteps, "migrate applied " + result.appliedSteps().size()
						+ " revisions instead of " + expectedSteps);
				return millis;
			}

		},

		FLYWAY {

			@Override
			double run(Schema schema, Workload workload, int expectedSteps) {
				long start = System.nanoTime();
				Flyway flyway = Flyway.configure()
					.dataSource(schema.dataSource())
					.locations("filesystem:" + workload.flywayScripts())
					.load();
				int applied = flyway.migrate().migrationsExecuted;
				double millis = millisSince(start);
				check(applied == expectedSteps, "Flyway applied " + applied + " migrations instead of " + expectedSteps);
				return millis;
			}

		};

		/**
		 * Brings a schema to head and returns the milliseconds it took.
		 * @param expectedSteps how many revisions the run must apply
		 */
		abstract double run(Schema schema, Workload workload, int expectedSteps) throws SQLException;

		/**
		 * Tells whether the tool knows what it applied, and so can be run again at head.
		 */
		boolean keepsVersions() {
			return true;
		}

		/**
		 * Applies a workload to a fresh schema, then runs at head as often as asked, in this JVM
		 * and in new ones, and drops the schema.
		 */
		Timings trial(Database database, Workload workload, int noopRepeats, int freshJvmRepeats)
				throws SQLException, IOException {
			try (Schema schema = database.freshSchema()) {
				double cold = run(schema, workload, workload.size());
				check(schema.countBenchTables() == workload.size(), name() + " left " + schema.countBenchTables()
						+ " tables instead of " + workload.size());
				if (!keepsVersions()) {
					return new Timings(cold, new double[0], new double[0]);
				}
				double[] noop = new double[noopRepeats];
				for (int i = 0; i < noopRepeats; i++) {
					noop[i] = run(schema, workload, 0);
				}
				double[] freshJvm = new double[schema.name().isPresent() ? freshJvmRepeats : 0];
				for (int i = 0; i < freshJvm.length; i++) {
					freshJvm[i] = FreshJvm.run(this, workload, schema.name().get());
				}
				return new Timings(cold, noop, freshJvm);
			}
		}

		private static void check(boolean condition, String message) {
			if (!condition) {
				throw new IllegalStateException(message);
			}
		}

	}

	/**
	 * No-op runs as the first call of a new JVM, against a PostgreSQL schema left at head.
	 */
	private static final class FreshJvm {

		static final String PROBE = "--fresh-jvm-no-op";

		private FreshJvm() {
		}

		/**
		 * Starts a JVM on this class path that runs a tool once at head and prints the milliseconds.
		 */
		static double run(Tool tool, Workload workload, String schema) throws IOException {
			String java = ProcessHandle.current().info().command().orElse("java");
			Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
					MigrationBenchmark.class.getName(), PROBE, tool.name(), workload.root().toString(),
					String.valueOf(workload.size()), schema)
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			try {
				if (process.waitFor() != 0) {
					throw new IllegalStateException("The new JVM running " + tool + " at head failed: " + output);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting for a new JVM", ex);
			}
			return Double.parseDouble(output);
		}

		/**
		 * Runs in the new JVM: {@code PROBE tool workload-root size schema}.
		 */
		static void probe(String[] args) throws Exception {
			Tool tool = Tool.valueOf(args[1]);
			Workload workload = Workload.existing(Path.of(args[2]), Integer.parseInt(args[3]));
			PostgresDatabase postgres = (PostgresDatabase) Database.postgres();
			System.out.println(tool.run(postgres.existingSchema(args[4]), workload, 0));
		}

	}

	/**
	 * The milliseconds of a cold run and of the no-op runs after it, in this JVM and in new ones.
	 */
	private record Timings(double cold, double[] noop, double[] freshJvmNoop) {
	}

	/**
	 * A line of the table.
	 */
	private record Row(String database, int revisions, double floor, double bookkeeping, double bookkeepingRatio,
			double migrate, double migrateRatio, double migrateOverBookkeeping,
			double flyway, double flywayRatio, int flywayRuns,
			double migrateNoop, double flywayNoop, double migrateFreshJvmNoop, double flywayFreshJvmNoop) {
	}

	/**
	 * The statements of one size, and the same statements as migrate and Flyway scripts.
	 */
	private record Workload(int size, List<String> statements, Path root) {

		static Workload write(Path workspace, int size) throws IOException {
			Path root = Files.createTempDirectory(workspace, "revisions-" + size + "-");
			Path migrate = Files.createDirectory(root.resolve("migrate"));
			Path flyway = Files.createDirectory(root.resolve("flyway"));
			List<String> statements = new ArrayList<>(size);
			for (int n = 1; n <= size; n++) {
				String statement = "CREATE TABLE bench_" + n + " (id INT PRIMARY KEY, name VARCHAR(40))";
				statements.add(statement);
				String id = revisionId(n);
				String revises = (n == 1) ? "" : " " + revisionId(n - 1);
				String script = "-- Revision " + n + "\n--\n-- Revision ID: " + id + "\n-- Revises:" + revises
						+ "\n-- Create Date: 2026-01-01 00:00:00.000000\n\n-- migrate:upgrade\n" + statement
						+ ";\n\n-- migrate:downgrade\nDROP TABLE bench_" + n + ";\n";
				Files.writeString(migrate.resolve(id + "_r" + n + ".sql"), script, StandardCharsets.UTF_8);
				Files.writeString(flyway.resolve("V" + n + "__r" + n + ".sql"), statement + ";\n",
						StandardCharsets.UTF_8);
			}
			return new Workload(size, List.copyOf(statements), root);
		}

		/**
		 * The scripts another JVM wrote, without the statements.
		 */
		static Workload existing(Path root, int size) {
			return new Workload(size, List.of(), root);
		}

		Path migrateScripts() {
			return this.root.resolve("migrate");
		}

		Path flywayScripts() {
			return this.root.resolve("flyway");
		}

		private static String revisionId(int n) {
			return String.format(Locale.ROOT, "%012x", n);
		}

	}

	/**
	 * A database that hands out fresh, empty schemas.
	 */
	private interface Database {

		String name();

		String description();

		boolean reachable();

		Schema freshSchema() throws SQLException;

		static Database postgres() {
			Map<String, String> env = System.getenv();
			String url = env.getOrDefault("MIGRATE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
			String user = env.getOrDefault("MIGRATE_TEST_POSTGRES_USER", "postgres");
			String password = env.getOrDefault("MIGRATE_TEST_POSTGRES_PASSWORD", "");
			return new PostgresDatabase(url, user, password);
		}

		static Database h2() {
			return new H2Database();
		}

	}

	/**
	 * PostgreSQL, a new schema per run, dropped afterwards.
	 */
	private static final class PostgresDatabase implements Database {

		private static final int DROP_CHUNK = 500;

		private final String url;

		private final String user;

		private final String password;

		private int counter;

		PostgresDatabase(String url, String user, String password) {
			this.url = url;
			this.user = user;
			this.password = password;
		}

		@Override
		public String name() {
			return "postgresql";
		}

		@Override
		public String description() {
			return this.url + " as " + this.user;
		}

		@Override
		public boolean reachable() {
			try (Connection connection = dataSource("public").getConnection()) {
				return connection.isValid(5);
			}
			catch (SQLException ex) {
				return false;
			}
		}

		@Override
		public Schema freshSchema() throws SQLException {
			String schema = "migrate_benchmark_" + ProcessHandle.current().pid() + "_" + (++this.counter);
			DataSource admin = dataSource("public");
			execute(admin, "CREATE SCHEMA " + schema);
			DataSource dataSource = dataSource(schema);
			return new Schema(dataSource, Dialects.forName("postgresql"), "'" + schema + "'", Optional.of(schema),
					() -> drop(admin, schema));
		}

		/**
		 * Returns a schema another JVM made, leaving it in place.
		 */
		Schema existingSchema(String schema) {
			return new Schema(dataSource(schema), Dialects.forName("postgresql"), "'" + schema + "'", Optional.of(schema),
					() -> {
					});
		}

		/**
		 * Drops a schema's tables a few hundred at a time, since one {@code DROP SCHEMA ... CASCADE}
		 * of thousands of tables runs out of lock slots, then the schema.
		 */
		private static void drop(DataSource admin, String schema) throws SQLException {
			try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
				List<String> tables = new ArrayList<>();
				try (var result = statement.executeQuery(
						"SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "'")) {
					while (result.next()) {
						tables.add(schema + "." + result.getString(1));
					}
				}
				for (int start = 0; start < tables.size(); start += DROP_CHUNK) {
					List<String> chunk = tables.subList(start, Math.min(tables.size(), start + DROP_CHUNK));
					statement.execute("DROP TABLE " + String.join(", ", chunk) + " CASCADE");
				}
				statement.execute("DROP SCHEMA " + schema + " CASCADE");
			}
			settle(admin);
		}

		/**
		 * Cleans up after a drop before the next run starts, so that the next run does not pay for
		 * vacuuming the catalogs and flushing what the previous one wrote: best effort, since it
		 * needs a superuser.
		 */
		private static void settle(DataSource admin) {
			try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("VACUUM pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_type,"
						+ " pg_catalog.pg_depend, pg_catalog.pg_constraint, pg_catalog.pg_index, pg_catalog.pg_namespace");
				statement.execute("CHECKPOINT");
			}
			catch (SQLException ex) {
				// measured without settling
			}
		}

		private DataSource dataSource(String schema) {
			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setUrl(this.url);
			dataSource.setUser(this.user);
			dataSource.setPassword(this.password);
			dataSource.setCurrentSchema(schema);
			return dataSource;
		}

	}

	/**
	 * H2 in process, a new in-memory database per run, shut down afterwards.
	 */
	private static final class H2Database implements Database {

		private int counter;

		@Override
		public String name() {
			return "h2";
		}

		@Override
		public String description() {
			return "H2 in memory";
		}

		@Override
		public boolean reachable() {
			return true;
		}

		@Override
		public Schema freshSchema() {
			JdbcDataSource dataSource = new JdbcDataSource();
			dataSource.setURL("jdbc:h2:mem:migrate_benchmark_" + (++this.counter) + ";DB_CLOSE_DELAY=-1");
			dataSource.setUser("sa");
			return new Schema(dataSource, Dialects.forName("h2"), "SCHEMA()", Optional.empty(),
					() -> execute(dataSource, "SHUTDOWN"));
		}

	}

	/**
	 * A fresh schema: its data source and dialect, its name if another JVM can reach it, and how
	 * to get rid of it.
	 */
	private record Schema(DataSource dataSource, Dialect dialect, String schemaExpression, Optional<String> name,
			Cleanup cleanup) implements AutoCloseable {

		int countBenchTables() throws SQLException {
			try (Connection connection = this.dataSource.getConnection();
					Statement statement = connection.createStatement();
					var result = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
							+ " WHERE LOWER(table_name) LIKE 'bench\\_%' AND LOWER(table_schema) = LOWER("
							+ this.schemaExpression + ")")) {
				result.next();
				return result.getInt(1);
			}
		}

		@Override
		public void close() throws SQLException {
			this.cleanup.run();
		}

	}

	/**
	 * Drops a schema.
	 */
	@FunctionalInterface
	private interface Cleanup {

		void run() throws SQLException;

	}

	private static void execute(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
