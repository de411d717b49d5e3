package dev.migrate.runtime;

import java.util.Objects;

/**
 * One change to the rows of the version table, as Alembic's {@code HeadMaintainer} makes it:
 * insert a row, delete a row, or rewrite a row's revision.
 */
public sealed interface VersionRowChange {

	/**
	 * Adds a row: a new branch starts, or a merge is undone.
	 *
	 * @param revision the revision the new row holds
	 */
	record Insert(String revision) implements VersionRowChange {

		/**
		 * Creates the change.
		 */
		public Insert {
			Objects.requireNonNull(revision, "revision");
		}

		@Override
		public String toString() {
			return "insert " + this.revision;
		}

	}

	/**
	 * Removes a row: a branch is reverted to base, or merged into another row.
	 *
	 * @param revision the revision of the row to remove
	 */
	record Delete(String revision) implements VersionRowChange {

		/**
		 * Creates the change.
		 */
		public Delete {
			Objects.requireNonNull(revision, "revision");
		}

		@Override
		public String toString() {
			return "delete " + this.revision;
		}

	}

	/**
	 * Rewrites the row holding {@code from} to hold {@code to}.
	 *
	 * @param from the revision the row holds now
	 * @param to the revision it holds afterwards
	 */
	record Update(String from, String to) implements VersionRowChange {

		/**
		 * Creates the change.
		 */
		public Update {
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
		}

		@Override
		public String toString() {
			return "update " + this.from + " -> " + this.to;
		}

	}

}
