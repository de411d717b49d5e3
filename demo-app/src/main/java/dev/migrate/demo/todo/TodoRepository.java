package dev.migrate.demo.todo;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The todos of the demo.
 */
public interface TodoRepository extends JpaRepository<Todo, String> {

	/**
	 * Returns the todos of a list, oldest first.
	 * @param listId the list's id
	 * @return the todos
	 */
	List<Todo> findByListIdOrderByCreatedAtAsc(String listId);

}
