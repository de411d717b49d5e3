package dev.migrate.ops;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@link Migration} class as a revision and places it in the graph, as the header
 * of an SQL revision does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Revision {

	/**
	 * The revision's id, such as {@code 1975ea83b712}.
	 * @return the id
	 */
	String id();

	/**
	 * The revisions this one revises: none for a base, several for a merge (Alembic's
	 * {@code down_revision}).
	 * @return the parent ids
	 */
	String[] revises() default {};

	/**
	 * The revision's message, as {@code history} shows it.
	 * @return the message
	 */
	String message() default "";

	/**
	 * The branch labels this revision starts (Alembic's {@code branch_labels}).
	 * @return the labels
	 */
	String[] branchLabels() default {};

	/**
	 * Revisions that must be applied before this one without being its parents (Alembic's
	 * {@code depends_on}).
	 * @return ids or branch labels
	 */
	String[] dependsOn() default {};

	/**
	 * Whether the revision runs inside a transaction; {@code false} runs it outside one, as
	 * {@code -- migrate:no-transaction} does for an SQL revision (for example to create an index
	 * concurrently on PostgreSQL).
	 * @return whether the revision is transactional
	 */
	boolean transactional() default true;

	/**
	 * The creation date as the revision's file header would show it, for {@code show}.
	 * @return for example {@code 2026-11-21 10:00:00.000000}, or empty
	 */
	String createDate() default "";

}
