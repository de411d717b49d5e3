package dev.migrate.demo.todo;

/**
 * How urgent a todo is. Stored by name; todos from before the revision "Add priority to todos"
 * are {@link #NORMAL}.
 */
public enum Priority {

	/** Can wait. */
	LOW,

	/** The default. */
	NORMAL,

	/** Do it first. */
	HIGH

}
