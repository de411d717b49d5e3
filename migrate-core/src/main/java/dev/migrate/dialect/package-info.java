/**
 * What migrate needs to know about each database: how to quote names and strings, whether DDL
 * can be rolled back, how scripts split into statements, the DDL of the version and history
 * tables, and the lock that serialises concurrent runs. {@link dev.migrate.dialect.Dialects}
 * finds the dialect for a name, a JDBC URL or a connection.
 */
@NullMarked
package dev.migrate.dialect;

import org.jspecify.annotations.NullMarked;
