package dev.migrate.demo.user;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A user of the demo, who owns todo lists. Its table is created by the revision "Create users".
 */
@Entity
@Table(name = "users")
public class User {

	@Id
	@GeneratedValue
	@UuidGenerator
	@Column(length = 36)
	private @Nullable String id;

	@Column(length = 50, nullable = false, unique = true)
	private String username;

	@Column(length = 100, nullable = false)
	private String displayName;

	@Column(nullable = false)
	private LocalDateTime createdAt;

	/**
	 * Creates a user who is not saved yet.
	 * @param username the unique name the user signs in with
	 * @param displayName the name shown to others
	 * @param createdAt when the user was created
	 */
	public User(String username, String displayName, LocalDateTime createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.createdAt = createdAt;
	}

	protected User() {
		// for JPA
	}

	/**
	 * Returns the id, assigned when the user is saved.
	 * @return the id, or {@code null} before the user is saved
	 */
	public @Nullable String getId() {
		return this.id;
	}

	/**
	 * Returns the unique name the user signs in with.
	 * @return the user name
	 */
	public String getUsername() {
		return this.username;
	}

	/**
	 * Returns the name shown to others.
	 * @return the display name
	 */
	public String getDisplayName() {
		return this.displayName;
	}

	/**
	 * Returns when the user was created.
	 * @return the creation time
	 */
	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

}
