package dev.migrate.ops;

/**
 * A part of a table given to {@link Operations#createTable(String, TableElement...)}: a
 * {@link Column} or a {@link Constraint}.
 */
public sealed interface TableElement permits Column, Constraint {

}
