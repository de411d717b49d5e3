package dev.migrate.autoconfigure.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A todo, mapped onto the {@code todos} table of the test scripts (both revisions: the second
 * adds {@code priority}).
 */
@Entity
@Table(name = "todos")
public class Todo {

	@Id
	private @Nullable Long id;

	private @Nullable String title;

	private @Nullable String priority;

	protected Todo() {
	}

	public Todo(long id, String title, String priority) {
		this.id = id;
		this.title = title;
		this.priority = priority;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public @Nullable String getTitle() {
		return this.title;
	}

	public @Nullable String getPriority() {
		return this.priority;
	}

}
