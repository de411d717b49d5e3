package dev.migrate.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup that stopped because a database failed validation, and what to do.
 */
class MigrateValidationFailureAnalyzer extends AbstractFailureAnalyzer<MigrateValidationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrateValidationException cause) {
		String action = cause.editedRevisions().isEmpty()
				? "Upgrade the database (migrate upgrade, or migrate.on-startup=upgrade), or start with"
						+ " migrate.on-startup=none to leave it behind."
				: "Restore the edited scripts and put the change in a new revision, or set"
						+ " migrate.validate-checksums=false.";
		return new FailureAnalysis(cause.getMessage(), action, cause);
	}

}
