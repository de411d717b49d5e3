package dev.migrate.demo.todo;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The todo lists of the demo.
 */
public interface TodoListRepository extends JpaRepository<TodoList, String> {

	/**
	 * Returns a user's lists, oldest first.
	 * @param ownerId the user's id
	 * @return the lists
	 */
	List<TodoList> findByOwnerIdOrderByCreatedAtAsc(String ownerId);

}
