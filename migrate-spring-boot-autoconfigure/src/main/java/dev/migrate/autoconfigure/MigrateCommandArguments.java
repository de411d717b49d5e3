package dev.migrate.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of an application started as {@code java -jar app.jar migrate COMMAND ...}:
 * the first argument that is not a {@code --} option is {@code migrate}, and what follows it,
 * except Spring's property arguments, is the command.
 *
 * <p>Spring's property arguments are {@code --name=value} with a dotted name
 * ({@code --spring.profiles.active=postgres}, {@code --migrate.target=head}) and
 * {@code --debug} or {@code --trace}; migrate's own options have no dots, so each argument
 * has one reader wherever it stands.
 */
final class MigrateCommandArguments {

	/** The argument that starts command mode. */
	static final String MIGRATE = "migrate";

	private final List<String> command;

	private MigrateCommandArguments(List<String> command) {
		this.command = List.copyOf(command);
	}

	/**
	 * Returns the command the application's arguments name, if they start command mode.
	 * @param args the application's arguments
	 * @return the command; empty when the application starts as usual
	 */
	static Optional<MigrateCommandArguments> of(String... args) {
		int start = -1;
		for (int i = 0; i < args.length && start < 0; i++) {
			if (!args[i].startsWith("--")) {
				if (!MIGRATE.equals(args[i])) {
					return Optional.empty();
				}
				start = i + 1;
			}
		}
		if (start < 0) {
			return Optional.empty();
		}
		List<String> command = new ArrayList<>();
		for (int i = start; i < args.length; i++) {
			if (!isSpringArgument(args[i])) {
				command.add(args[i]);
			}
		}
		return Optional.of(new MigrateCommandArguments(command));
	}

	/**
	 * Tells whether an argument is Spring's: a property such as
	 * {@code --spring.profiles.active=postgres}, or {@code --debug} or {@code --trace}.
	 */
	static boolean isSpringArgument(String arg) {
		if (!arg.startsWith("--")) {
			return false;
		}
		int equals = arg.indexOf('=');
		String name = arg.substring(2, (equals >= 0) ? equals : arg.length());
		return name.contains(".") || name.equals("debug") || name.equals("trace");
	}

	/**
	 * Returns the arguments of the command line: global options, the command and its options.
	 */
	String[] command() {
		return this.command.toArray(String[]::new);
	}

	@Override
	public String toString() {
		return MIGRATE + " " + String.join(" ", this.command);
	}

}
