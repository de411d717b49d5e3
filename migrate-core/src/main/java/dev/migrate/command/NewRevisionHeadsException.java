package dev.migrate.command;

import java.util.List;

import dev.migrate.revision.MultipleHeadsException;

/**
 * A new revision (or merge) was asked to build on {@code head}, or on {@code label@head}, where
 * there are several heads; says to choose one or to merge them first, in Alembic's words.
 */
public class NewRevisionHeadsException extends MultipleHeadsException {

	/** Alembic's words for this case, which suggest a merge rather than {@code heads}. */
	private static final String MESSAGE = "Multiple heads are present; please specify the head revision on which"
			+ " the new revision should be based, or perform a merge.";

	/**
	 * Creates the exception.
	 * @param heads the heads found
	 * @param argument the identifier that asked for a single head
	 */
	public NewRevisionHeadsException(List<String> heads, String argument) {
		super(MESSAGE, heads, argument);
	}

}
