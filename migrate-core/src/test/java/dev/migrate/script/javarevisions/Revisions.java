package dev.migrate.script.javarevisions;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

/**
 * Holds a Java revision as a nested class; is not one itself.
 */
public final class Revisions {

	private Revisions() {
	}

	/**
	 * A nested Java revision that depends on another.
	 */
	@Revision(id = "c3", revises = "b2", dependsOn = "a1b2c3d4e5f6", message = "Seed accounts")
	public static class SeedAccounts implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("INSERT INTO accounts (id, name) VALUES (?, ?)", 1, "root");
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("DELETE FROM accounts WHERE id = ?", 1);
		}

	}

}
