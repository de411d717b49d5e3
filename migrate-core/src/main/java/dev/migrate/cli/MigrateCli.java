package dev.migrate.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.migrate.MigrateException;
import dev.migrate.command.CommandOutput;
import dev.migrate.command.MigrateCommands;
import dev.migrate.script.Location;
import dev.migrate.script.ScriptLocationException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code migrate} command line: global options, then one command.
 *
 * <pre>
 * java -jar migrate.jar [--url JDBC_URL] [--user U] [--password P]
 *     [--locations filesystem:DIR,classpath:PATH] [--version-table T] COMMAND ...
 * </pre>
 *
 * <p>Results go to standard output and progress to standard error. Exit code 0 on success; 1
 * with one line {@code FAILED: <cause>} on standard error when a command fails; 2 with
 * picocli's message and a pointer to {@code --help} on standard error when the arguments are
 * wrong.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = MigrateCli.Version.class,
		sortOptions = false, sortSynopsis = false, synopsisSubcommandLabel = "COMMAND", usageHelpAutoWidth = true,
		description = "Alembic-grade schema migrations: revision scripts in a graph with branches, merges, "
				+ "branch labels and dependencies.",
		footer = { "", "Run 'migrate COMMAND --help' for the options of a command." })
public final class MigrateCli implements Callable<Integer> {

	/** The locations used when none are given and the project has no Spring Boot resources directory. */
	static final String DEFAULT_LOCATION = "db/migrate";

	/** The locations used when none are given and the working directory is a Spring Boot project. */
	static final String SPRING_BOOT_LOCATION = "src/main/resources/db/migrate";

	private final Path workingDirectory;

	private final PrintStream out;

	private final PrintStream err;

	@Spec
	private @Nullable CommandSpec spec;

	@Option(names = "--url", paramLabel = "JDBC_URL", description = "JDBC URL of the database (for the database"
			+ " commands).")
	private @Nullable String url;

	@Option(names = "--user", paramLabel = "USER", description = "Database user.")
	private @Nullable String user;

	@Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
			description = "Database password; without a value, it is asked for.")
	private char @Nullable [] password;

	@Option(names = "--locations", paramLabel = "LOCATION", split = ",", converter = LocationConverter.class,
			description = { "Where the revision scripts are, comma-separated: filesystem:DIR or classpath:PATH.",
					"Default: filesystem:" + SPRING_BOOT_LOCATION + " when that directory exists (a Spring Boot"
							+ " project), otherwise filesystem:" + DEFAULT_LOCATION + "." })
	private List<Location> locations = new ArrayList<>();

	@Option(names = "--version-table", paramLabel = "TABLE",
			description = "Table holding the current revisions. Default: migrate_version.")
	private String versionTable = "migrate_version";

	/**
	 * Creates the command line.
	 * @param workingDirectory the directory the default locations are found in
	 * @param out receives results, help and the version
	 * @param err receives progress and errors
	 */
	public MigrateCli(Path workingDirectory, PrintStream out, PrintStream err) {
		this.workingDirectory = workingDirectory;
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs the command line and exits with its exit code.
	 * @param args the arguments
	 */
	public static void main(String... args) {
		System.exit(new MigrateCli(Path.of(""), System.out, System.err).execute(args));
	}

	/**
	 * Runs one command.
	 * @param args the global options, the command and its options
	 * @return the exit code: 0 on success, 1 when the command failed, 2 for wrong arguments
	 */
	public int execute(String... args) {
		try {
			return commandLine().execute(args);
		}
		finally {
			this.out.flush();
			this.err.flush();
		}
	}

	/**
	 * Builds the picocli command line over this instance, with every sub-command.
	 * @return the command line
	 */
	CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(this);
		commandLine.addSubcommand(new HeadsCommand(this));
		commandLine.addSubcommand(new BranchesCommand(this));
		commandLine.addSubcommand(new HistoryCommand(this));
		commandLine.addSubcommand(new ShowCommand(this));
		commandLine.addSubcommand(new GraphCommand(this));
		commandLine.addSubcommand(new RevisionCommand(this));
		commandLine.addSubcommand(new MergeCommand(this));
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		commandLine.setExecutionExceptionHandler(this::failed);
		commandLine.setParameterExceptionHandler(MigrateCli::wrongArguments);
		return commandLine;
	}

	/**
	 * Without a command, says that one is needed.
	 * @return never
	 */
	@Override
	public Integer call() {
		throw new ParameterException(spec().commandLine(), "Missing required command");
	}

	/**
	 * Returns the commands over the chosen locations, writing to this command line's streams.
	 */
	MigrateCommands commands() {
		ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
		return MigrateCommands.forLocations(locations(),
				(classLoader != null) ? classLoader : MigrateCli.class.getClassLoader(),
				new CommandOutput(this.out, this.err));
	}

	/**
	 * Returns the locations given, or the default ones.
	 */
	List<Location> locations() {
		if (!this.locations.isEmpty()) {
			return List.copyOf(this.locations);
		}
		Path springBoot = this.workingDirectory.resolve(SPRING_BOOT_LOCATION);
		Path directory = Files.isDirectory(springBoot) ? springBoot : this.workingDirectory.resolve(DEFAULT_LOCATION);
		return List.of(Location.filesystem(directory));
	}

	private CommandSpec spec() {
		if (this.spec == null) {
			throw new IllegalStateException("picocli did not inject the command spec");
		}
		return this.spec;
	}

	private int failed(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
		if (ex instanceof MigrateException) {
			this.err.println("FAILED: " + oneLine(ex.getMessage()));
		}
		else {
			this.err.println("FAILED: unexpected error: " + oneLine(String.valueOf(ex)));
			ex.printStackTrace(this.err);
		}
		return 1;
	}

	/**
	 * Reports wrong arguments briefly: picocli's message, its suggestions, and where to find help.
	 */
	private static int wrongArguments(ParameterException ex, String[] args) {
		CommandLine commandLine = ex.getCommandLine();
		PrintWriter err = commandLine.getErr();
		err.println(ex.getMessage());
		CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
		err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
		err.flush();
		return commandLine.getCommandSpec().exitCodeOnInvalidInput();
	}

	private static String oneLine(@Nullable String message) {
		return (message != null) ? message.strip().replaceAll("\\s*\\R\\s*", " ") : "";
	}

	/**
	 * Reads {@code --locations} values, reporting a malformed one as a usage error.
	 */
	static final class LocationConverter implements CommandLine.ITypeConverter<Location> {

		@Override
		public Location convert(String value) {
			try {
				return Location.parse(value);
			}
			catch (ScriptLocationException ex) {
				throw new CommandLine.TypeConversionException(ex.getMessage());
			}
		}

	}

	/**
	 * Prints the version from the jar's manifest.
	 */
	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = MigrateCli.class.getPackage().getImplementationVersion();
			return new String[] { "migrate " + ((version != null) ? version : "(development build)") };
		}

	}

}
