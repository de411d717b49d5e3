package dev.migrate.demo.todo;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import dev.migrate.demo.user.User;
import dev.migrate.demo.user.UserController;
import dev.migrate.demo.user.UserRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The REST resource of todo lists: {@code /users/{userId}/lists} and {@code /lists/{id}}.
 */
@RestController
public class TodoListController {

	private final UserRepository users;

	private final TodoListRepository lists;

	private final Clock clock;

	/**
	 * Creates the resource.
	 * @param users the users
	 * @param lists the todo lists
	 * @param clock tells the time lists are created at
	 */
	public TodoListController(UserRepository users, TodoListRepository lists, Clock clock) {
		this.users = users;
		this.lists = lists;
		this.clock = clock;
	}

	/**
	 * Creates a list for a user.
	 * @param userId the user's id
	 * @param request the new list
	 * @return the list, with its location
	 */
	@PostMapping("/users/{userId}/lists")
	public ResponseEntity<TodoListResponse> create(@PathVariable String userId,
			@Valid @RequestBody CreateTodoListRequest request) {
		User owner = this.users.findById(userId).orElseThrow(() -> UserController.notFound(userId));
		TodoList list = this.lists.save(new TodoList(owner, request.name(), LocalDateTime.now(this.clock)));
		TodoListResponse response = TodoListResponse.of(list);
		return ResponseEntity.created(URI.create("/lists/" + response.id())).body(response);
	}

	/**
	 * Lists a user's lists.
	 * @param userId the user's id
	 * @return the lists, oldest first
	 */
	@GetMapping("/users/{userId}/lists")
	public List<TodoListResponse> list(@PathVariable String userId) {
		if (!this.users.existsById(userId)) {
			throw UserController.notFound(userId);
		}
		return this.lists.findByOwnerIdOrderByCreatedAtAsc(userId).stream().map(TodoListResponse::of).toList();
	}

	/**
	 * Returns one list.
	 * @param id the list's id
	 * @return the list
	 */
	@GetMapping("/lists/{id}")
	public TodoListResponse get(@PathVariable String id) {
		return this.lists.findById(id).map(TodoListResponse::of).orElseThrow(() -> notFound(id));
	}

	/**
	 * Returns the error for a list that does not exist.
	 * @param id the id asked for
	 * @return a 404 error
	 */
	static ResponseStatusException notFound(String id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No todo list has id '" + id + "'");
	}

	/**
	 * The body of a request to create a list.
	 *
	 * @param name the list's name
	 */
	public record CreateTodoListRequest(@NotBlank @Size(max = 100) String name) {
	}

	/**
	 * A list as the API shows it.
	 *
	 * @param id the id
	 * @param ownerId the id of the user it belongs to
	 * @param name the name
	 * @param createdAt when it was created
	 */
	public record TodoListResponse(String id, String ownerId, String name, LocalDateTime createdAt) {

		static TodoListResponse of(TodoList list) {
			return new TodoListResponse(String.valueOf(list.getId()), String.valueOf(list.getOwner().getId()),
					list.getName(), list.getCreatedAt());
		}

	}

}
