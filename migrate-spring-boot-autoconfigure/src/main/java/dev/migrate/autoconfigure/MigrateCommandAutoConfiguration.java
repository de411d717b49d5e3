package dev.migrate.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of command mode ({@code java -jar app.jar migrate COMMAND ...}): a runner
 * that runs the command on the application's migration and gives its exit code.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnBooleanProperty(MigrateCommandRunListener.ACTIVE_PROPERTY)
public final class MigrateCommandAutoConfiguration {

	@Bean
	MigrateCommandRunner migrateCommandRunner(ConfigurableApplicationContext context,
			ObjectProvider<Migrate> migrations) {
		return new MigrateCommandRunner(context, migrations.orderedStream().toList(), System.out, System.err);
	}

}
