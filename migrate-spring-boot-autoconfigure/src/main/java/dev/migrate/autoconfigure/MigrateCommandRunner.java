package dev.migrate.autoconfigure;

import java.io.PrintStream;
import java.util.List;

import dev.migrate.cli.CommandContext;
import dev.migrate.cli.MigrateCli;
import dev.migrate.command.DatabaseTarget;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Runs the migrate command the application was started with, on the application's database,
 * scripts and options, then exits with the command's code unless told not to.
 */
class MigrateCommandRunner implements ApplicationRunner, ExitCodeGenerator, Ordered {

	/** The property that, set to {@code false}, returns from {@code SpringApplication.run} instead of exiting. */
	static final String EXIT_PROPERTY = "migrate.command.exit";

	/** The property naming the migration a command works on when there are several. */
	static final String MIGRATION_PROPERTY = "migrate.command.migration";

	private final ConfigurableApplicationContext context;

	private final List<Migrate> migrations;

	private final PrintStream out;

	private final PrintStream err;

	private volatile int exitCode;

	MigrateCommandRunner(ConfigurableApplicationContext context, List<Migrate> migrations, PrintStream out,
			PrintStream err) {
		this.context = context;
		this.migrations = List.copyOf(migrations);
		this.out = out;
		this.err = err;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.exitCode = MigrateCommandArguments.of(args.getSourceArgs())
			.map(this::execute)
			.orElse(0);
		if (this.context.getEnvironment().getProperty(EXIT_PROPERTY, Boolean.class, true)) {
			System.exit(SpringApplication.exit(this.context));
		}
	}

	private int execute(MigrateCommandArguments arguments) {
		Migrate migrate = migration();
		if (migrate == null) {
			return 1;
		}
		ClassLoader classLoader = this.context.getClassLoader();
		CommandContext commandContext = new CommandContext(DatabaseTarget.of(migrate.dataSource()),
				migrate.locations(), migrate.javaPackages(), (classLoader != null) ? classLoader : MigrateCommandRunner.class.getClassLoader(),
				migrate.options());
		return new MigrateCli(commandContext, this.out, this.err).execute(arguments.command());
	}

	/**
	 * Returns the migration the command works on: the one {@code migrate.command.migration}
	 * names, else {@code migrate.*}'s, else the only one; or {@code null} after saying why there
	 * is none.
	 */
	private @Nullable Migrate migration() {
		String name = this.context.getEnvironment().getProperty(MIGRATION_PROPERTY);
		List<String> names = this.migrations.stream().map(Migrate::name).toList();
		for (Migrate migrate : this.migrations) {
			if (migrate.name().equals((name != null) ? name : MigrateFactory.DEFAULT_NAME)) {
				return migrate;
			}
		}
		if (name == null && this.migrations.size() == 1) {
			return this.migrations.get(0);
		}
		if (this.migrations.isEmpty()) {
			this.err.println("FAILED: the application migrates no DataSource: check migrate.enabled and that it has"
					+ " a DataSource");
		}
		else if (name != null) {
			this.err.println("FAILED: no migration is named '" + name + "'; the application's are " + names);
		}
		else {
			this.err.println("FAILED: the application has several migrations, " + names
					+ "; choose one with --" + MIGRATION_PROPERTY + "=NAME");
		}
		this.err.flush();
		return null;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	@Override
	public int getOrder() {
		// first: the application's own runners are not part of a migrate command
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
