/**
 * The revision graph as pure data and algorithms: revisions, the graph, identifier resolution
 * and traversal. Knows nothing of files or databases.
 */
@NullMarked
package dev.migrate.revision;

import org.jspecify.annotations.NullMarked;
