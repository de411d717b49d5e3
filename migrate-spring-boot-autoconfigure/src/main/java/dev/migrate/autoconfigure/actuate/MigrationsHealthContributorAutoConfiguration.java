package dev.migrate.autoconfigure.actuate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import dev.migrate.autoconfigure.Migrate;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;

/**
 * Auto-configuration of the {@code migrations} health contributor: a
 * {@link MigrationsHealthIndicator} for the migrated DataSource, or one per DataSource, named
 * as the endpoint names them, when there are several. Switched off by
 * {@code management.health.migrations.enabled=false}.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(Migrate.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration
		extends CompositeHealthContributorConfiguration<MigrationsHealthIndicator, Migrate> {

	MigrationsHealthContributorAutoConfiguration() {
		super(MigrationsHealthIndicator::new);
	}

	@Bean
	@ConditionalOnMissingBean(name = { "migrationsHealthIndicator", "migrationsHealthContributor" })
	HealthContributor migrationsHealthContributor(ObjectProvider<Migrate> migrations) {
		return createContributor(MigrationKeys.byDataSource(migrations.orderedStream().toList()));
	}

}
