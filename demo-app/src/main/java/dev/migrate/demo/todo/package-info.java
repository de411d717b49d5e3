/**
 * Todo lists and their todos: the entities, their repositories and their REST resources.
 */
@NullMarked
package dev.migrate.demo.todo;

import org.jspecify.annotations.NullMarked;
