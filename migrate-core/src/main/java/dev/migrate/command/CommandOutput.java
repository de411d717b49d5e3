package dev.migrate.command;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where commands write: results (what a script parses, what {@code > file} captures) to one
 * stream, progress to the other, as a command line puts them on standard output and standard
 * error.
 *
 * @param results receives the answers of commands
 * @param progress receives progress lines such as {@code Running upgrade ...}
 */
public record CommandOutput(PrintStream results, PrintStream progress) {

	/**
	 * Creates the output, checking both streams are given.
	 */
	public CommandOutput {
		Objects.requireNonNull(results, "results");
		Objects.requireNonNull(progress, "progress");
	}

	/**
	 * Returns the output of a command-line process: standard output and standard error.
	 * @return the output on {@link System#out} and {@link System#err}
	 */
	public static CommandOutput system() {
		return new CommandOutput(System.out, System.err);
	}

}
