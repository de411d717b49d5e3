package dev.migrate.demo;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to a running demo over HTTP, as {@code curl} would, and checks what every database must
 * answer alike.
 */
final class DemoClient {

	/** The revision at the single head of the demo's graph. */
	static final String HEAD = "be723258fd54";

	private final RestClient client;

	DemoClient(int port) {
		this.client = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
	}

	ResponseEntity<String> get(String path) {
		return this.client.get().uri(path).retrieve().toEntity(String.class);
	}

	ResponseEntity<String> post(String path, String json) {
		return this.client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
			.toEntity(String.class);
	}

	/**
	 * Creates a user, a list and a todo with a priority and a due date, marks the todo done and
	 * reads everything back.
	 */
	void createsAndReadsBackAUserAListAndATodo() {
		String username = uniqueUsername("ada");
		ResponseEntity<String> user = post("/users",
				"{\"username\":\"" + username + "\",\"displayName\":\"Ada Lovelace\"}");
		assertThat(user.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String userId = read(user, "$.id");
		assertThat(user.getHeaders().getLocation()).hasToString("/users/" + userId);

		ResponseEntity<String> list = post("/users/" + userId + "/lists", "{\"name\":\"Groceries\"}");
		assertThat(list.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String listId = read(list, "$.id");
		assertThat((String) read(list, "$.ownerId")).isEqualTo(userId);

		ResponseEntity<String> todo = post("/lists/" + listId + "/todos",
				"{\"title\":\"Buy milk\",\"priority\":\"HIGH\",\"dueDate\":\"2026-12-24\"}");
		assertThat(todo.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String todoId = read(todo, "$.id");

		ResponseEntity<String> done = post("/todos/" + todoId + "/done", "");
		assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((Boolean) read(done, "$.done")).isTrue();
		assertThat((String) read(done, "$.completedAt")).isNotBlank();

		ResponseEntity<String> todos = get("/lists/" + listId + "/todos");
		assertThat(todos.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((List<String>) read(todos, "$[*].title")).containsExactly("Buy milk");
		assertThat((List<String>) read(todos, "$[*].priority")).containsExactly("HIGH");
		assertThat((List<String>) read(todos, "$[*].dueDate")).containsExactly("2026-12-24");
		assertThat((List<Boolean>) read(todos, "$[*].done")).containsExactly(true);

		assertThat((List<String>) read(get("/users/" + userId + "/lists"), "$[*].name")).containsExactly("Groceries");
		assertThat((List<String>) read(get("/users"), "$[*].username")).contains(username);
	}

	/**
	 * Checks that {@code /actuator/migrations} shows the one data source at the merged head, and
	 * that the history holds both branches and their merge.
	 */
	void showsTheDatabaseUpToDateAtTheHead() {
		ResponseEntity<String> migrations = get("/actuator/migrations");
		assertThat(migrations.getStatusCode()).isEqualTo(HttpStatus.OK);
		String dataSource = "$.contexts.*.dataSources.dataSource";
		assertThat((List<Boolean>) read(migrations, dataSource + ".upToDate")).containsExactly(true);
		assertThat((List<List<String>>) read(migrations, dataSource + ".heads")).containsExactly(List.of(HEAD));
		assertThat((List<List<String>>) read(migrations, dataSource + ".currentRevisions"))
			.containsExactly(List.of(HEAD));
		assertThat((List<List<Object>>) read(migrations, dataSource + ".pending")).containsExactly(List.of());
		assertThat((List<String>) read(migrations, dataSource + ".history[*].message")).contains(
				"Add priority to todos", "Add due dates to todos", "Merge priority and due dates",
				"Add completion time to todos", "Index todos and lists for their views");
	}

	/**
	 * Checks that {@code /actuator/health} is up.
	 */
	void isHealthy() {
		ResponseEntity<String> health = get("/actuator/health");
		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((String) read(health, "$.status")).isEqualTo("UP");
	}

	/**
	 * Creates a user with a unique name.
	 * @param prefix the start of the user name
	 * @return the user's id
	 */
	String createUser(String prefix) {
		return read(post("/users", "{\"username\":\"" + uniqueUsername(prefix) + "\",\"displayName\":\"" + prefix + "\"}"),
				"$.id");
	}

	/**
	 * Creates a list for a user.
	 * @param userId the user's id
	 * @param name the list's name
	 * @return the list's id
	 */
	String createList(String userId, String name) {
		return read(post("/users/" + userId + "/lists", "{\"name\":\"" + name + "\"}"), "$.id");
	}

	/**
	 * Returns a user name no other test has used, as tests share the embedded database.
	 * @param prefix the start of the name
	 * @return the name
	 */
	static String uniqueUsername(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@SuppressWarnings("unchecked")
	static <T> T read(ResponseEntity<String> response, String path) {
		String body = response.getBody();
		assertThat(body).as("body of a %s response", response.getStatusCode()).isNotNull();
		return (T) JsonPath.read(body, path);
	}

}
