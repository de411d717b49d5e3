package dev.migrate.command;

import dev.migrate.revision.Revision;

/**
 * A revision with what its script says about it, as the commands print it.
 *
 * @param revision the revision
 * @param doc the first paragraph of its description, Alembic's {@code doc}: the message
 * @param longDoc its whole description, Alembic's {@code longdoc}: the message and the header
 * @param path where its script is, as {@code show} prints it
 */
record DescribedRevision(Revision revision, String doc, String longDoc, String path) {

}
