package dev.migrate.demo;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DemoApplication} on its embedded H2 database, over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DemoApplicationTests {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Environment environment;

	private DemoClient client;

	@BeforeEach
	void connect() {
		this.client = new DemoClient(this.environment.getRequiredProperty("local.server.port", Integer.class));
	}

	@Test
	void contextStartsOnTheEmbeddedDatabase() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:");
		}
	}

	@Test
	void aUserCreatesAListAndATodoWithAPriorityAndADueDateAndMarksItDone() {
		this.client.createsAndReadsBackAUserAListAndATodo();
	}

	@Test
	void theMigrationsEndpointShowsTheDatabaseUpToDateAtTheMergedHead() {
		this.client.showsTheDatabaseUpToDateAtTheHead();
	}

	@Test
	void theHealthEndpointIsUp() {
		this.client.isHealthy();
	}

	@Test
	void aTodoWithoutAPriorityIsNormalAndHasNoDueDate() {
		String listId = this.client.createList(this.client.createUser("grace"), "Work");
		ResponseEntity<String> todo = this.client.post("/lists/" + listId + "/todos", "{\"title\":\"Write tests\"}");
		assertThat(todo.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat((String) DemoClient.read(todo, "$.priority")).isEqualTo("NORMAL");
		assertThat((Object) DemoClient.read(todo, "$.dueDate")).isNull();
		assertThat((Boolean) DemoClient.read(todo, "$.done")).isFalse();
	}

	@Test
	void anInvalidUserIsABadRequestThatNamesTheInvalidFields() {
		ResponseEntity<String> response = this.client.post("/users", "{\"username\":\"no spaces\",\"displayName\":\"\"}");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<String>) DemoClient.read(response, "$.errors[*].field"))
			.containsExactlyInAnyOrder("username", "displayName");
	}

	@Test
	void aTakenUserNameIsAConflict() {
		String body = "{\"username\":\"" + DemoClient.uniqueUsername("linus") + "\",\"displayName\":\"Linus\"}";
		assertThat(this.client.post("/users", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<String> again = this.client.post("/users", body);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) DemoClient.read(again, "$.detail")).contains("linus");
	}

	@Test
	void anUnknownListIsNotFound() {
		ResponseEntity<String> response = this.client.post("/lists/nope/todos", "{\"title\":\"Lost\"}");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) DemoClient.read(response, "$.detail")).isEqualTo("No todo list has id 'nope'");
	}

	@Test
	void markingATodoDoneTwiceKeepsItsCompletionTime() {
		String listId = this.client.createList(this.client.createUser("alan"), "Home");
		String todoId = DemoClient.read(this.client.post("/lists/" + listId + "/todos", "{\"title\":\"Sleep\"}"), "$.id");
		String first = DemoClient.read(this.client.post("/todos/" + todoId + "/done", ""), "$.completedAt");
		String second = DemoClient.read(this.client.post("/todos/" + todoId + "/done", ""), "$.completedAt");
		assertThat(second).isEqualTo(first);
	}

}
