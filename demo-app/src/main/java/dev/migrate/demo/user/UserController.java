package dev.migrate.demo.user;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The REST resource of users: {@code /users}.
 */
@RestController
@RequestMapping("/users")
public class UserController {

	private final UserRepository users;

	private final Clock clock;

	/**
	 * Creates the resource.
	 * @param users the users
	 * @param clock tells the time users are created at
	 */
	public UserController(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Creates a user; a taken user name is a conflict.
	 * @param request the new user
	 * @return the user, with its location
	 */
	@PostMapping
	public ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request) {
		if (this.users.existsByUsername(request.username())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"User name '" + request.username() + "' is taken");
		}
		User user = this.users.save(new User(request.username(), request.displayName(), LocalDateTime.now(this.clock)));
		UserResponse response = UserResponse.of(user);
		return ResponseEntity.created(URI.create("/users/" + response.id())).body(response);
	}

	/**
	 * Lists every user.
	 * @return the users, ordered by user name
	 */
	@GetMapping
	public List<UserResponse> list() {
		return this.users.findAllByOrderByUsernameAsc().stream().map(UserResponse::of).toList();
	}

	/**
	 * Returns one user.
	 * @param id the user's id
	 * @return the user
	 */
	@GetMapping("/{id}")
	public UserResponse get(@PathVariable String id) {
		return this.users.findById(id).map(UserResponse::of).orElseThrow(() -> notFound(id));
	}

	/**
	 * Returns the error for a user that does not exist.
	 * @param id the id asked for
	 * @return a 404 error
	 */
	public static ResponseStatusException notFound(String id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No user has id '" + id + "'");
	}

	/**
	 * The body of a request to create a user.
	 *
	 * @param username the unique user name: letters, digits, dots, dashes and underscores
	 * @param displayName the name shown to others
	 */
	public record CreateUserRequest(@NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]*") String username,
			@NotBlank @Size(max = 100) String displayName) {
	}

	/**
	 * A user as the API shows it.
	 *
	 * @param id the id
	 * @param username the user name
	 * @param displayName the display name
	 * @param createdAt when the user was created
	 */
	public record UserResponse(String id, String username, String displayName, LocalDateTime createdAt) {

		static UserResponse of(User user) {
			return new UserResponse(String.valueOf(user.getId()), user.getUsername(), user.getDisplayName(),
					user.getCreatedAt());
		}

	}

}
