package dev.migrate.command;

/**
 * A command was asked something only a database can answer, such as the {@code current}
 * revision, without a database to ask.
 */
public class DatabaseRequiredException extends CommandException {

	/**
	 * Creates the exception.
	 * @param message what needed the database, on one line
	 */
	public DatabaseRequiredException(String message) {
		super(message);
	}

}
