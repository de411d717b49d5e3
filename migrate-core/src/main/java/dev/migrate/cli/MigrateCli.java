package dev.migrate.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import dev.migrate.MigrateException;
import dev.migrate.command.CommandOutput;
import dev.migrate.command.DatabaseCommands;
import dev.migrate.command.DatabaseRequiredException;
import dev.migrate.command.DatabaseTarget;
import dev.migrate.command.MigrateCommands;
import dev.migrate.command.OfflineCommands;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.TableName;
import dev.migrate.dialect.UnknownDialectException;
import dev.migrate.runtime.DatabaseAccessException;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.script.Location;
import dev.migrate.script.ScriptLocationException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code migrate} command line: global options, then one command.
 *
 * <pre>
 * java -jar migrate.jar [--url JDBC_URL] [--user U] [--password P]
 *     [--locations filesystem:DIR,classpath:PATH] [--java-packages PACKAGE,...]
 *     [--version-table T] [--history-table T]
 *     [--dialect D] [--transaction-mode M] [--lock-timeout DURATION] COMMAND ...
 * </pre>
 *
 * <p>Results go to standard output and progress to standard error. Exit code 0 on success; 1
 * with one line {@code FAILED: <cause>} on standard error when a command fails (including
 * {@code current --check-heads} when the database is behind); 2 with picocli's message and a
 * pointer to {@code --help} on standard error when the arguments are wrong.
 *
 * <p>An application runs it over its own database, scripts and options through
 * {@link #MigrateCli(CommandContext, PrintStream, PrintStream)} ({@code java -jar app.jar migrate
 * ...}).
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

	/** The flags an application's settings replace, and the property arguments to give instead. */
	private static final Map<String, String> APPLICATION_SETTINGS = settings();

	private final Path workingDirectory;

	private final PrintStream out;

	private final PrintStream err;

	private final @Nullable CommandContext context;

	@Spec
	private @Nullable CommandSpec spec;

	@Option(scope = ScopeType.INHERIT, names = "--url", paramLabel = "JDBC_URL", description = "JDBC URL of the database, for the commands that"
			+ " work on one: upgrade, downgrade, stamp, current, history -i, show current.")
	private @Nullable String url;

	@Option(scope = ScopeType.INHERIT, names = "--user", paramLabel = "USER", description = "Database user.")
	private @Nullable String user;

	@Option(scope = ScopeType.INHERIT, names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
			description = "Database password; without a value, it is asked for.")
	private char @Nullable [] password;

	@Option(scope = ScopeType.INHERIT, names = "--locations", paramLabel = "LOCATION", split = ",", converter = LocationConverter.class,
			description = { "Where the revision scripts are, comma-separated: filesystem:DIR or classpath:PATH.",
					"Default: filesystem:" + SPRING_BOOT_LOCATION + " when that directory exists (a Spring Boot"
							+ " project), otherwise filesystem:" + DEFAULT_LOCATION + "." })
	private List<Location> locations = new ArrayList<>();

	@Option(scope = ScopeType.INHERIT, names = "--java-packages", paramLabel = "PACKAGE", split = ",",
			description = { "Packages of Java revisions (classes annotated @Revision), comma-separated; each is"
					+ " searched with its sub-packages on the class path migrate runs with." })
	private List<String> javaPackages = new ArrayList<>();

	@Option(scope = ScopeType.INHERIT, names = "--version-table", paramLabel = "TABLE", converter = OptionConverters.TableNameConverter.class,
			description = "Table holding the current revisions, as TABLE or SCHEMA.TABLE; alembic_version adopts a"
					+ " database Alembic manages. Default: " + MigrationOptions.DEFAULT_VERSION_TABLE + ".")
	private TableName versionTable = TableName.of(MigrationOptions.DEFAULT_VERSION_TABLE);

	@Option(scope = ScopeType.INHERIT, names = "--history-table", paramLabel = "TABLE", converter = OptionConverters.TableNameConverter.class,
			description = "Table recording every step run, as TABLE or SCHEMA.TABLE. Default: "
					+ MigrationOptions.DEFAULT_HISTORY_TABLE + ".")
	private TableName historyTable = TableName.of(MigrationOptions.DEFAULT_HISTORY_TABLE);

	@Option(scope = ScopeType.INHERIT, names = "--dialect", paramLabel = "DIALECT", converter = OptionConverters.DialectConverter.class,
			description = "postgresql, mariadb, mysql, h2 or sqlite: the database --sql writes for (default: from the"
					+ " --url scheme); with --url, overrides the scheme.")
	private @Nullable Dialect dialect;

	@Option(scope = ScopeType.INHERIT, names = "--transaction-mode", paramLabel = "MODE",
			converter = OptionConverters.TransactionModeConverter.class,
			description = "per-migration (each revision commits with its version-table change; the default), all"
					+ " (one transaction for the run) or none.")
	private TransactionMode transactionMode = TransactionMode.PER_MIGRATION;

	@Option(scope = ScopeType.INHERIT, names = "--lock-timeout", paramLabel = "DURATION", converter = OptionConverters.DurationConverter.class,
			description = "How long to wait while another run holds the migration lock: 500ms, 30s, 5m, 1h, 0, or"
					+ " ISO-8601 such as PT1M30S. Default: 10m.")
	private Duration lockTimeout = MigrationOptions.DEFAULT_LOCK_TIMEOUT;

	/**
	 * Creates the command line.
	 * @param workingDirectory the directory the default locations are found in
	 * @param out receives results, help and the version
	 * @param err receives progress and errors
	 */
	public MigrateCli(Path workingDirectory, PrintStream out, PrintStream err) {
		this(workingDirectory, null, out, err);
	}

	/**
	 * Creates the command line of an application: commands work on its database, scripts and
	 * options, and the flags that would name others ({@code --url}, {@code --locations},
	 * {@code --version-table}, ...) are refused with the property to set instead.
	 * {@code --dialect} still chooses the SQL {@code --sql} writes.
	 * @param context the application's database, scripts and options
	 * @param out receives results, help and the version
	 * @param err receives progress and errors
	 */
	public MigrateCli(CommandContext context, PrintStream out, PrintStream err) {
		this(Path.of(""), Objects.requireNonNull(context, "context"), out, err);
	}

	private MigrateCli(Path workingDirectory, @Nullable CommandContext context, PrintStream out, PrintStream err) {
		this.workingDirectory = workingDirectory;
		this.context = context;
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs the command line and exits with its exit code.
	 * @param args the arguments
	 */
	public static void main(String... args) {
		// MariaDB's driver logs a failed connection to the console besides throwing; FAILED says it once
		if (System.getProperty("mariadb.logging.disable") == null) {
			System.setProperty("mariadb.logging.disable", "true");
		}
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
		commandLine.addSubcommand(new UpgradeCommand(this));
		commandLine.addSubcommand(new DowngradeCommand(this));
		commandLine.addSubcommand(new StampCommand(this));
		commandLine.addSubcommand(new CurrentCommand(this));
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
		if (this.context != null) {
			commandLine.setExecutionStrategy(MigrateCli::runInApplication);
		}
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
		CommandContext application = this.context;
		if (application != null) {
			return MigrateCommands.forLocations(application.locations(), application.javaPackages(),
					application.classLoader(), new CommandOutput(this.out, this.err));
		}
		ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
		return MigrateCommands.forLocations(locations(), List.copyOf(this.javaPackages),
				(classLoader != null) ? classLoader : MigrateCli.class.getClassLoader(),
				new CommandOutput(this.out, this.err));
	}

	/**
	 * Returns the packages of Java revisions: the application's, or {@code --java-packages}.
	 */
	List<String> javaPackages() {
		CommandContext application = this.context;
		return (application != null) ? application.javaPackages() : List.copyOf(this.javaPackages);
	}

	/**
	 * Returns the directory relative paths are resolved in.
	 */
	Path workingDirectory() {
		return this.workingDirectory;
	}

	/**
	 * Tells whether there is a database: the application's, or the one {@code --url} names.
	 */
	boolean hasDatabase() {
		return this.context != null || this.url != null;
	}

	/**
	 * Returns the database commands over the application's database, or else over {@code --url},
	 * {@code --user} and {@code --password}.
	 * @param command what needs the database, for the message when there is none, such as
	 * {@code upgrade}
	 * @throws DatabaseRequiredException without {@code --url}
	 */
	DatabaseCommands database(String command) {
		CommandContext application = this.context;
		if (application != null) {
			DatabaseTarget target = application.target();
			return commands().database((this.dialect != null) ? target.withDialect(this.dialect) : target,
					application.options());
		}
		String jdbcUrl = this.url;
		if (jdbcUrl == null) {
			throw new DatabaseRequiredException("'" + command + "' needs a database: give its JDBC URL with --url");
		}
		String secret = (this.password != null) ? new String(this.password) : null;
		DatabaseTarget target = DatabaseTarget.of(new DriverManagerDataSource(jdbcUrl, this.user, secret)).withUrl(jdbcUrl);
		Dialect named = (this.dialect != null) ? this.dialect : dialectOfScheme(jdbcUrl);
		return commands().database((named != null) ? target.withDialect(named) : target, options());
	}

	/**
	 * Returns the offline commands for {@code --dialect}, or else the database {@code --url}
	 * names; no connection is made.
	 * @param command what writes SQL, for the message when no database is named, such as
	 * {@code upgrade --sql}
	 * @throws DatabaseRequiredException when neither option is given
	 * @throws dev.migrate.dialect.UnknownDialectException when the URL's scheme is not one migrate knows
	 */
	OfflineCommands offline(String command) {
		CommandContext application = this.context;
		if (application != null) {
			Dialect named = (this.dialect != null) ? this.dialect
					: application.target().dialect().orElseGet(() -> dialectOf(application.target()));
			return commands().offline(named, application.options());
		}
		Dialect named = this.dialect;
		if (named == null) {
			if (this.url == null) {
				throw new DatabaseRequiredException("'" + command + "' writes SQL for a kind of database: name it with"
						+ " --dialect " + String.join("|", Dialects.names()) + ", or give a --url whose scheme names it");
			}
			named = Dialects.forJdbcUrl(this.url);
		}
		return commands().offline(named, options());
	}

	/**
	 * Returns the options of runs: the transaction mode, the tables and the lock timeout.
	 */
	MigrationOptions options() {
		return MigrationOptions.defaults()
			.withTransactionMode(this.transactionMode)
			.withVersionTable(this.versionTable)
			.withHistoryTable(this.historyTable)
			.withLockTimeout(this.lockTimeout);
	}

	/**
	 * Returns the dialect of the database a target connects to.
	 */
	private static Dialect dialectOf(DatabaseTarget target) {
		try (Connection connection = target.dataSource().getConnection()) {
			return Dialects.forConnection(connection);
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not connect to find out which database --sql writes for;"
					+ " name it with --dialect " + String.join("|", Dialects.names()), ex);
		}
	}

	/**
	 * Runs the command an application was given, after refusing the flags its own settings
	 * replace: each is named with the property to set instead.
	 */
	private static int runInApplication(CommandLine.ParseResult parseResult) {
		for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
			for (Map.Entry<String, String> setting : APPLICATION_SETTINGS.entrySet()) {
				if (result.hasMatchedOption(setting.getKey())) {
					throw new ParameterException(result.commandSpec().commandLine(), setting.getKey()
							+ " is the application's setting when migrate runs in it: give " + setting.getValue()
							+ " instead");
				}
			}
		}
		return new CommandLine.RunLast().execute(parseResult);
	}

	/**
	 * Returns the dialect a URL's scheme names, or {@code null} to detect it from a connection
	 * (a URL of a wrapping driver, for example).
	 */
	private static @Nullable Dialect dialectOfScheme(String jdbcUrl) {
		try {
			return Dialects.forJdbcUrl(jdbcUrl);
		}
		catch (UnknownDialectException ex) {
			return null;
		}
	}

	/**
	 * Returns the locations given, or the default ones. With {@code --java-packages} a default
	 * directory that does not exist is left out, so that a project of Java revisions alone needs
	 * no empty script directory.
	 */
	List<Location> locations() {
		if (!this.locations.isEmpty()) {
			return List.copyOf(this.locations);
		}
		Path springBoot = this.workingDirectory.resolve(SPRING_BOOT_LOCATION);
		Path directory = Files.isDirectory(springBoot) ? springBoot : this.workingDirectory.resolve(DEFAULT_LOCATION);
		if (!this.javaPackages.isEmpty() && !Files.isDirectory(directory)) {
			return List.of();
		}
		return List.of(Location.filesystem(directory));
	}

	private static Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("--url", "--spring.datasource.url=JDBC_URL (or --migrate.url=JDBC_URL)");
		settings.put("--user", "--spring.datasource.username=USER (or --migrate.user=USER)");
		settings.put("--password", "--spring.datasource.password=PASSWORD (or --migrate.password=PASSWORD)");
		settings.put("--locations", "--migrate.locations=LOCATION,...");
		settings.put("--java-packages", "--migrate.java-packages=PACKAGE,...");
		settings.put("--version-table", "--migrate.version-table=TABLE");
		settings.put("--history-table", "--migrate.history-table=TABLE");
		settings.put("--transaction-mode", "--migrate.transaction-mode=MODE");
		settings.put("--lock-timeout", "--migrate.lock-timeout=DURATION");
		return Collections.unmodifiableMap(settings);
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
