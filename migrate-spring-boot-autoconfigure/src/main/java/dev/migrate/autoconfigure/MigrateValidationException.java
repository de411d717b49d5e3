package dev.migrate.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.migrate.MigrateException;
import dev.migrate.script.MigrationScript;

/**
 * Thrown when a database fails validation: revisions are pending, or scripts that already ran
 * were edited since.
 */
public class MigrateValidationException extends MigrateException {

	private final List<String> pendingRevisions;

	private final List<String> editedRevisions;

	private MigrateValidationException(String message, List<String> pendingRevisions, List<String> editedRevisions) {
		super(message);
		this.pendingRevisions = List.copyOf(pendingRevisions);
		this.editedRevisions = List.copyOf(editedRevisions);
	}

	static MigrateValidationException pending(String name, String target, List<MigrationScript> pending) {
		String list = pending.stream()
			.map((script) -> script.id() + " (" + script.message() + ")")
			.collect(Collectors.joining(", "));
		return new MigrateValidationException("The database of migration '" + name + "' is not at '" + target + "': "
				+ pending.size() + " pending revision" + ((pending.size() != 1) ? "s" : "") + ": " + list
				+ "; run 'migrate upgrade " + target + "', or set migrate.on-startup=upgrade",
				pending.stream().map(MigrationScript::id).toList(), List.of());
	}

	static MigrateValidationException edited(String name, Map<String, String> edited) {
		String list = edited.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " (" + entry.getValue() + ")")
			.collect(Collectors.joining(", "));
		return new MigrateValidationException("Scripts of migration '" + name + "' were edited after they ran: " + list
				+ "; restore them and add a new revision instead, or set migrate.validate-checksums=false",
				List.of(), List.copyOf(edited.keySet()));
	}

	/**
	 * Returns the revisions an upgrade to the target would run.
	 * @return the pending revision ids, in order; empty when the failure is about edited scripts
	 */
	public List<String> pendingRevisions() {
		return this.pendingRevisions;
	}

	/**
	 * Returns the revisions whose scripts changed since they ran.
	 * @return the revision ids; empty when the failure is about pending revisions
	 */
	public List<String> editedRevisions() {
		return this.editedRevisions;
	}

}
