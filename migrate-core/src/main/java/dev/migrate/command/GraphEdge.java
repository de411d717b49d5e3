package dev.migrate.command;

/**
 * One arrow of {@code graph}, from the older revision to the newer one.
 *
 * @param from the revision revised or depended on
 * @param to the revision that revises or depends on it
 * @param dependency whether the arrow is a {@code depends_on} rather than a down revision
 */
record GraphEdge(String from, String to, boolean dependency) {

}
