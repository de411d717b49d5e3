/**
 * Users of the demo: the entity, its repository and its REST resource.
 */
@NullMarked
package dev.migrate.demo.user;

import org.jspecify.annotations.NullMarked;
