package dev.migrate.demo.todo;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The REST resource of todos: {@code /lists/{listId}/todos}, {@code /todos/{id}} and
 * {@code /todos/{id}/done}.
 */
@RestController
public class TodoController {

	private final TodoListRepository lists;

	private final TodoRepository todos;

	private final Clock clock;

	/**
	 * Creates the resource.
	 * @param lists the todo lists
	 * @param todos the todos
	 * @param clock tells the time todos are created and done at
	 */
	public TodoController(TodoListRepository lists, TodoRepository todos, Clock clock) {
		this.lists = lists;
		this.todos = todos;
		this.clock = clock;
	}

	/**
	 * Adds a todo to a list; without a priority it is {@link Priority#NORMAL}.
	 * @param listId the list's id
	 * @param request the new todo
	 * @return the todo, with its location
	 */
	@PostMapping("/lists/{listId}/todos")
	public ResponseEntity<TodoResponse> create(@PathVariable String listId, @Valid @RequestBody CreateTodoRequest request) {
		TodoList list = this.lists.findById(listId).orElseThrow(() -> TodoListController.notFound(listId));
		Priority priority = (request.priority() != null) ? request.priority() : Priority.NORMAL;
		Todo todo = this.todos
			.save(new Todo(list, request.title(), priority, request.dueDate(), LocalDateTime.now(this.clock)));
		TodoResponse response = TodoResponse.of(todo);
		return ResponseEntity.created(URI.create("/todos/" + response.id())).body(response);
	}

	/**
	 * Lists the todos of a list.
	 * @param listId the list's id
	 * @return the todos, oldest first
	 */
	@GetMapping("/lists/{listId}/todos")
	public List<TodoResponse> list(@PathVariable String listId) {
		if (!this.lists.existsById(listId)) {
			throw TodoListController.notFound(listId);
		}
		return this.todos.findByListIdOrderByCreatedAtAsc(listId).stream().map(TodoResponse::of).toList();
	}

	/**
	 * Returns one todo.
	 * @param id the todo's id
	 * @return the todo
	 */
	@GetMapping("/todos/{id}")
	public TodoResponse get(@PathVariable String id) {
		return TodoResponse.of(find(id));
	}

	/**
	 * Marks a todo done; marking it again changes nothing.
	 * @param id the todo's id
	 * @return the todo
	 */
	@PostMapping("/todos/{id}/done")
	public TodoResponse markDone(@PathVariable String id) {
		Todo todo = find(id);
		todo.markDone(LocalDateTime.now(this.clock));
		return TodoResponse.of(this.todos.save(todo));
	}

	private Todo find(String id) {
		return this.todos.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No todo has id '" + id + "'"));
	}

	/**
	 * The body of a request to add a todo.
	 *
	 * @param title what to do
	 * @param priority how urgent it is, {@code NORMAL} if absent
	 * @param dueDate when it is due, if it is
	 */
	public record CreateTodoRequest(@NotBlank @Size(max = 200) String title, @Nullable Priority priority,
			@Nullable LocalDate dueDate) {
	}

	/**
	 * A todo as the API shows it.
	 *
	 * @param id the id
	 * @param listId the id of its list
	 * @param title what to do
	 * @param priority how urgent it is
	 * @param dueDate when it is due, if it is
	 * @param done whether it is done
	 * @param createdAt when it was created
	 * @param completedAt when it was done, if it is
	 */
	public record TodoResponse(String id, String listId, String title, Priority priority, @Nullable LocalDate dueDate,
			boolean done, LocalDateTime createdAt, @Nullable LocalDateTime completedAt) {

		static TodoResponse of(Todo todo) {
			return new TodoResponse(String.valueOf(todo.getId()), String.valueOf(todo.getList().getId()),
					todo.getTitle(), todo.getPriority(), todo.getDueDate(), todo.isDone(), todo.getCreatedAt(),
					todo.getCompletedAt());
		}

	}

}
