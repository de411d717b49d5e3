package dev.migrate.autoconfigure;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Switches an application started as {@code java -jar app.jar migrate COMMAND ...} into command
 * mode: no web server, no startup migration, no schema work by Hibernate or SQL initialization,
 * and a quiet console, so that the command alone decides what happens to the database and
 * what is printed.
 */
class MigrateCommandRunListener implements SpringApplicationRunListener, Ordered {

	/** The property that marks command mode. */
	static final String ACTIVE_PROPERTY = "migrate.command.active";

	/** The property source that command mode overrides the application's settings with. */
	static final String OVERRIDES = "migrateCommand";

	/** The property source of command mode's defaults, below the command line and the environment. */
	static final String DEFAULTS = "migrateCommandDefaults";

	private final boolean commandMode;

	MigrateCommandRunListener(SpringApplication application, String[] args) {
		this.commandMode = MigrateCommandArguments.of(args).isPresent();
	}

	/**
	 * Tells whether an application runs a migrate command instead of starting as usual.
	 * @param environment the application's environment
	 * @return whether command mode is on
	 */
	static boolean isCommandMode(Environment environment) {
		return environment.getProperty(ACTIVE_PROPERTY, Boolean.class, false);
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
			ConfigurableEnvironment environment) {
		if (!this.commandMode) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource(OVERRIDES,
					Map.of(ACTIVE_PROPERTY, "true", "spring.main.web-application-type", "none",
							// the schema may be behind or ahead of the entities: that is why the command runs
							"spring.jpa.hibernate.ddl-auto", "none", "spring.jpa.properties.hibernate.hbm2ddl.auto",
							"none", "spring.sql.init.mode", "never")));
		// results go to standard output: keep the banner and routine logs out of `upgrade --sql > file`
		environment.getPropertySources()
			.addLast(new MapPropertySource(DEFAULTS,
					Map.of("spring.main.banner-mode", "off", "logging.threshold.console", "warn")));
	}

	@Override
	public int getOrder() {
		// before Spring Boot's own listener initializes logging from the environment
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
