package dev.migrate.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Replays the commands of the Alembic oracle ({@code oracle/graphs.json}, recorded from Alembic
 * 1.8.1; see {@code src/test/oracle/README.md}) through {@link MigrateCli} on SQL scripts
 * written from each case's revisions, and compares standard output with Alembic's.
 *
 * <p>What is normalised before comparing, and why:
 * <ul>
 * <li>{@code Path:} lines: the scripts are written as {@code NNNN_<id>_<slug>.sql}, the names
 * the oracle gave its {@code .py} files, so the script directory is replaced by
 * {@code <versions>} and {@code .sql} by {@code .py}; the file names themselves are compared.
 * <li>The {@code Branch Labels:} and {@code Depends On:} lines of the indented description:
 * an SQL header declares them there, where a Python script has them in code, outside its
 * docstring. Every other line of the description ({@code Create Date} included, written as the
 * oracle wrote it) is compared.
 * </ul>
 * Where Alembic's output depends on Python's set order (branch labels, the revisions a branch
 * point branches into) the oracle lists the variants it saw under 16 hash seeds, which need not
 * include migrate's order (labels sorted, children in file-name order): such an output must
 * equal one of the variants once the members of every such set are sorted on both sides (labels
 * in parentheses, {@code Branch names:}, {@code Branches into:}, the {@code ->} lines under a
 * branch point). Where Alembic failed, migrate must fail too, with exit code 1 and
 * one {@code FAILED:} line on standard error (its messages are its own). Graphs that migrate
 * rejects must make every command fail that way. {@code history -r -1:}, which Alembic's
 * argument parser refuses because the range looks like an option, is accepted by migrate and not
 * compared.
 */
class AlembicOracleCommandTests {

	private static final Pattern PATH_LINE = Pattern.compile("(?m)^Path: (.*)$");

	private static final Pattern SET_LINE = Pattern.compile("((?:Branch names|Branches into): )(.*)");

	private static final Pattern GROUP = Pattern.compile("\\(([^()]*, [^()]*)\\)");

	private static final Pattern HEADER_ONLY_LINES = Pattern.compile("(?m)^    (?:Branch Labels|Depends On):.*\\n");

	@TempDir
	Path root;

	@TestFactory
	Stream<DynamicNode> commandsPrintWhatAlembicPrints() throws IOException {
		JsonNode oracle = readOracle();
		assumeTrue(oracle != null, "oracle/graphs.json is not on the test class path");
		List<DynamicNode> cases = new ArrayList<>();
		for (JsonNode testCase : oracle.get("cases")) {
			JsonNode commands = testCase.path("commands");
			if (commands.isEmpty()) {
				continue;
			}
			String name = testCase.get("name").asString();
			boolean alembicFailed = testCase.has("error") && !testCase.get("error").isNull();
			boolean rejected = testCase.path("migrateRejects").asBoolean(false) || alembicFailed;
			List<DynamicTest> tests = new ArrayList<>();
			int index = 0;
			for (JsonNode command : commands) {
				int number = index++;
				List<String> args = new ArrayList<>();
				command.get("args").forEach((arg) -> args.add(arg.asString()));
				tests.add(DynamicTest.dynamicTest(String.join(" ", args),
						() -> replay(testCase, name + "-" + number, args, command, rejected)));
			}
			cases.add(DynamicContainer.dynamicContainer(name, tests));
		}
		assertThat(cases).isNotEmpty();
		return cases.stream();
	}

	private void replay(JsonNode testCase, String directoryName, List<String> args, JsonNode command,
			boolean rejected) {
		Path versions = writeScripts(this.root.resolve(directoryName), testCase.get("revisions"));
		JsonNode error = command.path("error");
		if (!rejected && "UsageError".equals(error.path("type").asString(""))) {
			assumeTrue(false, "Alembic's argument parser refuses " + args + "; migrate accepts it");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> all = new ArrayList<>();
		all.add("--locations=filesystem:" + versions);
		all.addAll(args);
		int exitCode = new MigrateCli(this.root, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).execute(all.toArray(String[]::new));
		String stdout = out.toString(StandardCharsets.UTF_8);
		String stderr = err.toString(StandardCharsets.UTF_8);
		if (rejected || (command.has("error") && !error.isNull())) {
			assertThat(exitCode).as("exit code; stdout: %s", stdout).isEqualTo(1);
			assertThat(stdout).isEmpty();
			assertThat(stderr).startsWith("FAILED: ").endsWith("\n");
			assertThat(stderr.lines()).hasSize(1);
			return;
		}
		assertThat(exitCode).as("exit code; stderr: %s", stderr).isZero();
		assertThat(stderr).isEmpty();
		if (command.path("orderDependent").asBoolean(false)) {
			List<String> accepted = new ArrayList<>();
			command.get("observed").forEach((variant) -> accepted.add(sortSets(variant.get("stdout").asString())));
			assertThat(sortSets(normalise(stdout, versions))).isIn(accepted);
		}
		else {
			assertThat(normalise(stdout, versions)).isEqualTo(command.get("stdout").asString());
		}
	}

	/** Sorts what Alembic prints from sets: comma lists in parentheses or after the two keys, and child lines. */
	private static String sortSets(String stdout) {
		List<String> lines = new ArrayList<>();
		List<String> children = new ArrayList<>();
		for (String line : stdout.split("\n", -1)) {
			if (line.matches(" +-> .*")) {
				children.add(sortGroups(line));
				continue;
			}
			children.sort(null);
			lines.addAll(children);
			children.clear();
			Matcher key = SET_LINE.matcher(line);
			lines.add(key.matches() ? key.group(1) + sortedList(key.group(2)) : sortGroups(line));
		}
		children.sort(null);
		lines.addAll(children);
		return String.join("\n", lines);
	}

	private static String sortGroups(String line) {
		Matcher group = GROUP.matcher(line);
		StringBuilder result = new StringBuilder();
		while (group.find()) {
			group.appendReplacement(result, Matcher.quoteReplacement("(" + sortedList(group.group(1)) + ")"));
		}
		group.appendTail(result);
		return result.toString();
	}

	private static String sortedList(String list) {
		return String.join(", ", Stream.of(list.split(", ")).sorted().toList());
	}

	private static String normalise(String stdout, Path versions) {
		Matcher matcher = PATH_LINE.matcher(stdout);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String path = matcher.group(1).replace(versions.toString(), "<versions>").replaceAll("\\.sql$", ".py");
			matcher.appendReplacement(result, Matcher.quoteReplacement("Path: " + path));
		}
		matcher.appendTail(result);
		return HEADER_ONLY_LINES.matcher(result).replaceAll("");
	}

	/** Writes each revision as {@code NNNN_<id>_<slug>.sql}, so that file-name order is the case's order. */
	private static Path writeScripts(Path directory, JsonNode revisions) {
		try {
			Files.createDirectories(directory);
			int index = 0;
			for (JsonNode revision : revisions) {
				String id = revision.get("id").asString();
				String message = revision.get("message").asString();
				String fileName = String.format(Locale.ROOT, "%04d_%s_%s.sql", index++, id, slug(message));
				Files.writeString(directory.resolve(fileName), header(id, message, list(revision.get("down")),
						list(revision.get("branchLabels")), list(revision.get("dependsOn"))));
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String header(String id, String message, List<String> down, List<String> labels,
			List<String> dependsOn) {
		StringBuilder text = new StringBuilder();
		text.append("-- ").append(message).append("\n--\n");
		text.append("-- Revision ID: ").append(id).append('\n');
		text.append("-- Revises: ").append(String.join(", ", down)).append('\n');
		text.append("-- Create Date: 2024-01-01 00:00:00.000000\n");
		if (!labels.isEmpty()) {
			text.append("-- Branch Labels: ").append(String.join(", ", labels)).append('\n');
		}
		if (!dependsOn.isEmpty()) {
			text.append("-- Depends On: ").append(String.join(", ", dependsOn)).append('\n');
		}
		return text.append("\n-- migrate:upgrade\n\n-- migrate:downgrade\n").toString();
	}

	/** The oracle's slug: lower case, runs of other characters as {@code _}, at most 40 characters. */
	private static String slug(String message) {
		String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		slug = slug.substring(0, Math.min(40, slug.length())).replaceAll("_+$", "");
		return slug.isEmpty() ? "revision" : slug;
	}

	private static List<String> list(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	private static JsonNode readOracle() throws IOException {
		try (InputStream in = AlembicOracleCommandTests.class.getResourceAsStream("/oracle/graphs.json")) {
			return (in != null) ? JsonMapper.builder().build().readTree(in) : null;
		}
	}

}
