package dev.migrate.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for the {@link MigrateInitializer}, so that beans using
 * the database (entity manager factories, JDBC templates and clients,
 * {@code @DependsOnDatabaseInitialization} beans) are created after it ran.
 */
class MigrateDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	/** Before the SQL script initializer, so that {@code data.sql} finds the migrated tables. */
	static final int PRECEDENCE = 1;

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MigrateInitializer.class);
	}

	@Override
	public int getOrder() {
		return PRECEDENCE;
	}

}
