package dev.migrate.demo.todo;

import java.time.LocalDateTime;

import dev.migrate.demo.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A named list of todos that belongs to a user.
 */
@Entity
@Table(name = "todo_lists")
public class TodoList {

	@Id
	@GeneratedValue
	@UuidGenerator
	@Column(length = 36)
	private @Nullable String id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "owner_id", nullable = false)
	private User owner;

	@Column(length = 100, nullable = false)
	private String name;

	@Column(nullable = false)
	private LocalDateTime createdAt;

	/**
	 * Creates a list that is not saved yet.
	 * @param owner the user it belongs to
	 * @param name its name
	 * @param createdAt when it was created
	 */
	public TodoList(User owner, String name, LocalDateTime createdAt) {
		this.owner = owner;
		this.name = name;
		this.createdAt = createdAt;
	}

	protected TodoList() {
		// for JPA
	}

	/**
	 * Returns the id, assigned when the list is saved.
	 * @return the id, or {@code null} before the list is saved
	 */
	public @Nullable String getId() {
		return this.id;
	}

	/**
	 * Returns the user the list belongs to.
	 * @return the owner
	 */
	public User getOwner() {
		return this.owner;
	}

	/**
	 * Returns the name of the list.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Returns when the list was created.
	 * @return the creation time
	 */
	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

}
