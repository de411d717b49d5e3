package dev.migrate.revision;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Differential tests: every graph question answered by real Alembic (recorded in
 * {@code oracle/graphs.json} by {@code src/test/oracle/generate_alembic_oracle.py}) must get
 * the same answer from {@link RevisionGraph}.
 */
class RevisionGraphOracleTests {

	private static final String ORACLE = "/oracle/graphs.json";

	@TestFactory
	Stream<DynamicNode> graphAnswersAsAlembicDoes() throws IOException {
		JsonNode root;
		try (InputStream input = RevisionGraphOracleTests.class.getResourceAsStream(ORACLE)) {
			assertThat(input).as(ORACLE).isNotNull();
			root = JsonMapper.builder().build().readTree(input);
		}
		List<DynamicNode> cases = new ArrayList<>();
		for (JsonNode testCase : root.get("cases")) {
			cases.add(DynamicContainer.dynamicContainer(testCase.get("name").asString(), caseTests(testCase)));
		}
		assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
		return cases.stream();
	}

	private Stream<DynamicNode> caseTests(JsonNode testCase) {
		List<Revision> revisions = new ArrayList<>();
		for (JsonNode revision : testCase.get("revisions")) {
			revisions.add(new Revision(revision.get("id").asString(), strings(revision.get("down")),
					strings(revision.get("branchLabels")), strings(revision.get("dependsOn")), ""));
		}
		JsonNode error = testCase.get("error");
		if (error != null && !error.isNull() && !testCase.has("graph")) {
			return Stream.of(DynamicTest.dynamicTest("is rejected like " + error.get("type").asString(),
					() -> assertThatExceptionOfType(InvalidRevisionGraphException.class)
						.isThrownBy(() -> RevisionGraph.of(revisions))));
		}
		if (rejectedByMigrate(testCase)) {
			return Stream.of(DynamicTest.dynamicTest("is rejected (migrate is stricter than Alembic here)",
					() -> assertThatExceptionOfType(InvalidRevisionGraphException.class)
						.isThrownBy(() -> RevisionGraph.of(revisions))));
		}
		RevisionGraph graph;
		try {
			graph = RevisionGraph.of(revisions);
		}
		catch (RevisionException ex) {
			return Stream.of(DynamicTest.dynamicTest("builds as in Alembic", () -> {
				throw ex;
			}));
		}
		List<DynamicNode> tests = new ArrayList<>();
		JsonNode expected = testCase.get("graph");
		tests.add(DynamicTest.dynamicTest("heads", () -> assertThat(graph.heads()).isEqualTo(strings(expected.get("heads")))));
		tests.add(DynamicTest.dynamicTest("real heads",
				() -> assertThat(graph.realHeads()).isEqualTo(strings(expected.get("realHeads")))));
		tests.add(DynamicTest.dynamicTest("bases", () -> assertThat(graph.bases()).isEqualTo(strings(expected.get("bases")))));
		tests.add(DynamicTest.dynamicTest("branch labels", () -> {
			Map<String, List<String>> actual = new TreeMap<>();
			graph.revisions().forEach(revision -> actual.put(revision.id(), List.copyOf(graph.branchLabels(revision.id()))));
			assertThat(actual).isEqualTo(stringLists(expected.get("branchLabels")));
		}));
		tests.add(DynamicTest.dynamicTest("next revisions", () -> {
			Map<String, List<String>> actual = new TreeMap<>();
			graph.revisions().forEach(revision -> actual.put(revision.id(),
					graph.nextRevisions(revision.id()).stream().sorted().toList()));
			assertThat(actual).isEqualTo(stringLists(expected.get("nextRevisions")));
		}));
		int index = 0;
		for (JsonNode query : testCase.get("queries")) {
			String label = testCase.get("name").asString() + " #" + (index++) + " " + describe(query);
			tests.add(DynamicTest.dynamicTest(label, () -> check(graph, query, label)));
		}
		return tests.stream();
	}

	/** Graphs that Alembic 1.8.1 accepts with a warning, or half-builds, and migrate rejects. */
	private static boolean rejectedByMigrate(JsonNode testCase) {
		JsonNode rejected = testCase.get("migrateRejects");
		return rejected != null && rejected.asBoolean();
	}

	private static String describe(JsonNode query) {
		StringBuilder description = new StringBuilder(query.get("kind").asString());
		for (String field : List.of("identifier", "branch", "current", "target", "lower", "upper")) {
			if (query.has(field)) {
				description.append(' ').append(field).append('=').append(query.get(field).toString());
			}
		}
		return description.toString();
	}

	private static void check(RevisionGraph graph, JsonNode query, String label) {
		String kind = query.get("kind").asString();
		Supplier<Object> answer = switch (kind) {
			case "resolve" -> () -> ids(graph.resolve(query.get("identifier").asString()));
			case "resolveOne" -> () -> graph.resolveOne(query.get("identifier").asString()).map(Revision::id).orElse(null);
			case "currentHead" -> () -> graph.currentHead(text(query.get("branch"))).orElse(null);
			case "history" -> () -> ids(graph.history(query.get("lower").asString(), query.get("upper").asString()));
			case "upgrade" -> () -> ids(graph.upgradePath(strings(query.get("current")), query.get("target").asString()));
			case "downgrade" ->
				() -> ids(graph.downgradePath(strings(query.get("current")), query.get("target").asString()));
			default -> throw new IllegalArgumentException("Unknown query kind " + kind);
		};
		List<JsonNode> acceptable = new ArrayList<>();
		if (query.has("observed")) {
			query.get("observed").forEach(acceptable::add);
		}
		else {
			acceptable.add(query);
		}
		if (acceptable.stream().allMatch(RevisionGraphOracleTests::isPlanningError)) {
			JsonNode error = acceptable.get(0).get("error");
			assertThatExceptionOfType(RevisionException.class).as(label + ": Alembic failed with " + error)
				.isThrownBy(answer::get)
				.isInstanceOfAny(exceptionTypes(error));
			return;
		}
		assertThatNoException().as(label + ": Alembic answered " + acceptable).isThrownBy(answer::get);
		Object actual = answer.get();
		List<Object> answers = acceptable.stream().filter(each -> !isPlanningError(each))
			.map(each -> expected(kind, each, actual)).toList();
		assertThat(answers).as(label).contains(actual);
	}

	/**
	 * Whether Alembic refused the question itself. An error raised while Alembic rewrote version
	 * rows after planning ({@code atRevision}) leaves the plan valid.
	 */
	private static boolean isPlanningError(JsonNode answer) {
		JsonNode error = answer.get("error");
		return error != null && !error.isNull() && !(answer.has("steps") && error.has("atRevision"));
	}

	/**
	 * The answer Alembic gave. When Alembic planned the steps but crashed rewriting version rows
	 * at one of them, only the steps up to that one are known: the plan then matches when it
	 * starts with them.
	 */
	private static Object expected(String kind, JsonNode answer, Object actual) {
		return switch (kind) {
			case "resolveOne", "currentHead" -> text(answer.get("result"));
			case "upgrade", "downgrade" -> {
				List<String> steps = new ArrayList<>();
				answer.get("steps").forEach(step -> steps.add(step.get("revision").asString()));
				JsonNode error = answer.get("error");
				if (error == null || error.isNull()) {
					yield steps;
				}
				steps.add(error.get("atRevision").asString());
				List<?> plan = (List<?>) actual;
				yield (plan.size() >= steps.size() && plan.subList(0, steps.size()).equals(steps)) ? plan : steps;
			}
			default -> strings(answer.get("result"));
		};
	}

	@SuppressWarnings("unchecked")
	private static Class<? extends Throwable>[] exceptionTypes(JsonNode error) {
		String alembicType = (error.has("cause") ? error.get("cause") : error).get("type").asString();
		return switch (alembicType) {
			case "ResolutionError" -> new Class[] { RevisionNotFoundException.class };
			case "MultipleHeads" -> new Class[] { MultipleHeadsException.class };
			case "RangeNotAncestorError" -> new Class[] { RangeNotAncestorException.class };
			default -> new Class[] { RevisionException.class };
		};
	}

	private static List<String> ids(Collection<Revision> revisions) {
		return revisions.stream().map(Revision::id).toList();
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	private static List<String> strings(JsonNode node) {
		List<String> strings = new ArrayList<>();
		if (node != null && !node.isNull()) {
			node.forEach(element -> strings.add(element.asString()));
		}
		return strings;
	}

	private static Map<String, List<String>> stringLists(JsonNode node) {
		Map<String, List<String>> map = new TreeMap<>();
		node.properties().forEach(entry -> map.put(entry.getKey(), strings(entry.getValue())));
		return map;
	}

}
