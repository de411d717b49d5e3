package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.migrate.dialect.TableName;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.script.Location;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential tests of the JDBC path: upgrades and downgrades that real Alembic replayed (recorded
 * in {@code oracle/graphs.json}) run through {@link DatabaseCommands} on every database, and after
 * every step the version table holds Alembic's rows and the log line is Alembic's; the same runs
 * written as offline scripts and run by each database make the same version-table changes.
 *
 * <p>Each revision's script records the version rows it finds into a table {@code seen}: the
 * rows after the step before it. Every recorded upgrade and downgrade of every graph is replayed,
 * except those whose answer depends on the order the database returns rows in, or on Python's
 * set order.
 */
class DatabaseCommandsOracleTests {

	/** Targets counted from the first of several rows, which depends on the order the database returns them. */
	private static final Pattern RELATIVE_DOWN = Pattern.compile(".*-\\d+");

	/** Relative targets, which an offline script cannot count from a start it does not read. */
	private static final Pattern RELATIVE = Pattern.compile(".*[+-]\\d+");

	@TempDir
	Path directory;

	@DatabaseTest
	void versionRowsAfterEveryStepAreAlembics(TestDatabase database) throws IOException, SQLException {
		TestSql.execute(database, "CREATE TABLE seen (rev VARCHAR(40), version_num VARCHAR(32))");
		List<String> mismatches = new ArrayList<>();
		int runs = 0;
		for (JsonNode testCase : cases()) {
			runs += replay(database, testCase, mismatches);
		}
		assertThat(mismatches).isEmpty();
		assertThat(runs).isGreaterThan(2000);
	}

	@DatabaseTest
	void offlineScriptsMakeAlembicsVersionChanges(TestDatabase database) throws IOException, SQLException {
		TestSql.execute(database, "CREATE TABLE seen (rev VARCHAR(40), version_num VARCHAR(32))");
		TestSql.execute(database, TestSql.dialect(database).createVersionTable(TableName.of("migrate_version")));
		List<String> mismatches = new ArrayList<>();
		int runs = 0;
		for (JsonNode testCase : cases()) {
			runs += replayOffline(database, testCase, mismatches);
		}
		assertThat(mismatches).isEmpty();
		assertThat(runs).isGreaterThan(900);
	}

	/**
	 * Returns the cases whose graph both Alembic and migrate load.
	 */
	private List<JsonNode> cases() throws IOException {
		JsonNode root;
		try (InputStream input = getClass().getResourceAsStream("/oracle/graphs.json")) {
			assertThat(input).isNotNull();
			root = JsonMapper.builder().build().readTree(input);
		}
		List<JsonNode> loaded = new ArrayList<>();
		for (JsonNode testCase : root.get("cases")) {
			boolean failed = testCase.has("error") && !testCase.get("error").isNull();
			if (!failed && !testCase.has("migrateRejects") && testCase.has("queries")) {
				loaded.add(testCase);
			}
		}
		return loaded;
	}

	/**
	 * Replays the runs that start from at most one version row towards an absolute target as
	 * offline scripts ({@code upgrade START:TARGET --sql}, from base {@code upgrade TARGET --sql}),
	 * run by the database as a DBA's client would.
	 */
	private int replayOffline(TestDatabase database, JsonNode testCase, List<String> mismatches) throws SQLException {
		String name = testCase.get("name").asString();
		Path scripts = this.directory.resolve("offline-" + name);
		writeScripts(scripts, testCase.get("revisions"));
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		MigrateCommands commands = MigrateCommands.forLocations(List.of(Location.filesystem(scripts)),
				getClass().getClassLoader(), new CommandOutput(new PrintStream(new ByteArrayOutputStream(), true),
						new PrintStream(progress, true, StandardCharsets.UTF_8)));
		OfflineCommands offline = commands.offline(TestSql.dialect(database), MigrationOptions.defaults());
		int runs = 0;
		int index = 0;
		for (JsonNode query : testCase.get("queries")) {
			int number = index++;
			if (!isReplayable(query)) {
				continue;
			}
			List<String> current = strings(query.get("current"));
			String target = query.get("target").asString();
			boolean fromBase = current.isEmpty();
			if (current.size() > 1 || RELATIVE.matcher(target).matches()
					|| (fromBase && query.get("kind").asString().equals("downgrade"))) {
				continue;
			}
			String kind = query.get("kind").asString();
			String label = name + " #" + number + " offline " + kind + " " + current + " to " + target;
			progress.reset();
			String script = (kind.equals("upgrade")) ? offline.upgrade(fromBase ? target : current.get(0) + ":" + target)
					: offline.downgrade(current.get(0) + ":" + target);
			if (fromBase) {
				TestSql.execute(database, "DROP TABLE migrate_version");
				TestSql.execute(database, "DELETE FROM seen");
			}
			else {
				setRows(database, current);
			}
			TestSql.runScript(database, script);
			runs++;
			compare(label, query, current, seen(database), TestSql.versionRows(database),
					progress.toString(StandardCharsets.UTF_8), mismatches);
		}
		return runs;
	}

	private int replay(TestDatabase database, JsonNode testCase, List<String> mismatches) throws SQLException {
		String name = testCase.get("name").asString();
		Path scripts = this.directory.resolve(name);
		writeScripts(scripts, testCase.get("revisions"));
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		MigrateCommands commands = MigrateCommands.forLocations(List.of(Location.filesystem(scripts)),
				getClass().getClassLoader(), new CommandOutput(new PrintStream(new ByteArrayOutputStream(), true),
						new PrintStream(progress, true, StandardCharsets.UTF_8)));
		DatabaseCommands database1 = commands.database(DatabaseTarget.of(database.dataSource()),
				MigrationOptions.defaults());
		database1.stamp(List.of(), true);
		int runs = 0;
		int index = 0;
		for (JsonNode query : testCase.get("queries")) {
			int number = index++;
			if (!isReplayable(query)) {
				continue;
			}
			String kind = query.get("kind").asString();
			String target = query.get("target").asString();
			List<String> current = strings(query.get("current"));
			String label = name + " #" + number + " " + kind + " " + current + " to " + target;
			setRows(database, current);
			progress.reset();
			if (kind.equals("upgrade")) {
				database1.upgrade(target);
			}
			else {
				database1.downgrade(target);
			}
			runs++;
			compare(label, query, current, seen(database), TestSql.versionRows(database),
					progress.toString(StandardCharsets.UTF_8), mismatches);
		}
		return runs;
	}

	private static boolean isReplayable(JsonNode query) {
		String kind = query.get("kind").asString();
		if (!kind.equals("upgrade") && !kind.equals("downgrade")) {
			return false;
		}
		boolean failed = query.has("error") && !query.get("error").isNull();
		if (failed || query.has("expectedToday") || query.has("orderDependent") || query.get("steps").isEmpty()) {
			return false;
		}
		return !(kind.equals("downgrade") && query.get("current").size() > 1
				&& RELATIVE_DOWN.matcher(query.get("target").asString()).matches());
	}

	private static void compare(String label, JsonNode query, List<String> current, Map<String, Set<String>> seen,
			Set<String> rowsAfterRun, String progress, List<String> mismatches) {
		String direction = query.get("kind").asString().equals("upgrade") ? "up " : "down ";
		Set<String> before = new TreeSet<>(current);
		StringBuilder expectedLog = new StringBuilder();
		for (JsonNode step : query.get("steps")) {
			String revision = direction + step.get("revision").asString();
			Set<String> observed = seen.getOrDefault(revision, Set.of());
			if (!observed.equals(before)) {
				mismatches.add(label + ": before " + revision + " the version table held " + observed + ", Alembic's "
						+ before);
			}
			before = new TreeSet<>(strings(step.get("rowsAfter")));
			expectedLog.append(step.get("log").asString()).append('\n');
		}
		if (!rowsAfterRun.equals(before)) {
			mismatches.add(label + ": the run left " + rowsAfterRun + ", Alembic " + before);
		}
		if (!progress.equals(expectedLog.toString())) {
			mismatches.add(label + ": logged\n" + progress + "Alembic logged\n" + expectedLog);
		}
	}

	/**
	 * Writes each revision as a script that records the version rows it finds; file names keep
	 * the case's order, which breaks ties between branches.
	 */
	private static void writeScripts(Path scripts, JsonNode revisions) {
		try {
			Files.createDirectories(scripts);
			int position = 0;
			for (JsonNode revision : revisions) {
				String id = revision.get("id").asString();
				String text = "-- " + revision.get("message").asString() + "\n--\n-- Revision ID: " + id + "\n-- Revises: "
						+ String.join(", ", strings(revision.get("down"))) + "\n-- Branch Labels: "
						+ String.join(", ", strings(revision.get("branchLabels"))) + "\n-- Depends On: "
						+ String.join(", ", strings(revision.get("dependsOn"))) + "\n\n-- migrate:upgrade\n" + record("up", id)
						+ "\n-- migrate:downgrade\n" + record("down", id);
				Files.writeString(scripts.resolve("%04d_%s.sql".formatted(position++, id)), text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String record(String direction, String id) {
		return "INSERT INTO seen (rev, version_num) SELECT '" + direction + " " + id
				+ "', version_num FROM migrate_version;\n";
	}

	private static void setRows(TestDatabase database, List<String> rows) throws SQLException {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DELETE FROM migrate_version");
			statement.execute("DELETE FROM seen");
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO migrate_version (version_num) VALUES (?)")) {
				for (String row : rows) {
					insert.setString(1, row);
					insert.executeUpdate();
				}
			}
		}
	}

	private static Map<String, Set<String>> seen(TestDatabase database) throws SQLException {
		Map<String, Set<String>> seen = new HashMap<>();
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT rev, version_num FROM seen")) {
			while (result.next()) {
				seen.computeIfAbsent(result.getString(1), (key) -> new TreeSet<>()).add(result.getString(2));
			}
		}
		return seen;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

}
