package dev.migrate.demo.user;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The users of the demo.
 */
public interface UserRepository extends JpaRepository<User, String> {

	/**
	 * Returns whether a user has this name.
	 * @param username the user name
	 * @return {@code true} if it is taken
	 */
	boolean existsByUsername(String username);

	/**
	 * Returns every user, ordered by user name.
	 * @return the users
	 */
	List<User> findAllByOrderByUsernameAsc();

}
