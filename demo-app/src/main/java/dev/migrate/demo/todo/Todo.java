package dev.migrate.demo.todo;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * Something to do, in a list. Its columns come from four revisions: "Create todo lists and todos",
 * the two branches "Add priority to todos" and "Add due dates to todos", and "Add completion time
 * to todos".
 */
@Entity
@Table(name = "todos")
public class Todo {

	@Id
	@GeneratedValue
	@UuidGenerator
	@Column(length = 36)
	private @Nullable String id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "list_id", nullable = false)
	private TodoList list;

	@Column(length = 200, nullable = false)
	private String title;

	@Column(nullable = false)
	private boolean done;

	// a plain VARCHAR on every database: Hibernate would expect a native ENUM column on MariaDB
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 10, nullable = false)
	private Priority priority;

	private @Nullable LocalDate dueDate;

	@Column(nullable = false)
	private LocalDateTime createdAt;

	private @Nullable LocalDateTime completedAt;

	/**
	 * Creates a todo, not done and not saved yet.
	 * @param list the list it belongs to
	 * @param title what to do
	 * @param priority how urgent it is
	 * @param dueDate when it is due, if it is
	 * @param createdAt when it was created
	 */
	public Todo(TodoList list, String title, Priority priority, @Nullable LocalDate dueDate, LocalDateTime createdAt) {
		this.list = list;
		this.title = title;
		this.priority = priority;
		this.dueDate = dueDate;
		this.createdAt = createdAt;
	}

	protected Todo() {
		// for JPA
	}

	/**
	 * Marks the todo done; a todo that is done already keeps its completion time.
	 * @param now the time it is done at
	 */
	public void markDone(LocalDateTime now) {
		if (!this.done) {
			this.done = true;
			this.completedAt = now;
		}
	}

	/**
	 * Returns the id, assigned when the todo is saved.
	 * @return the id, or {@code null} before the todo is saved
	 */
	public @Nullable String getId() {
		return this.id;
	}

	/**
	 * Returns the list the todo belongs to.
	 * @return the list
	 */
	public TodoList getList() {
		return this.list;
	}

	/**
	 * Returns what to do.
	 * @return the title
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * Returns whether the todo is done.
	 * @return {@code true} once {@link #markDone} was called
	 */
	public boolean isDone() {
		return this.done;
	}

	/**
	 * Returns how urgent the todo is.
	 * @return the priority
	 */
	public Priority getPriority() {
		return this.priority;
	}

	/**
	 * Returns when the todo is due.
	 * @return the due date, or {@code null} if it has none
	 */
	public @Nullable LocalDate getDueDate() {
		return this.dueDate;
	}

	/**
	 * Returns when the todo was created.
	 * @return the creation time
	 */
	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * Returns when the todo was done.
	 * @return the completion time, or {@code null} while it is not done
	 */
	public @Nullable LocalDateTime getCompletedAt() {
		return this.completedAt;
	}

}
