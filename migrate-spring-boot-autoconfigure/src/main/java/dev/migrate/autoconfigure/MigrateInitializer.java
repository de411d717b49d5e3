package dev.migrate.autoconfigure;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Runs the startup action of each {@link Migrate} when the application context starts, before
 * any bean that uses the database; or the {@link MigrateStartupStrategy} instead, when there is
 * one.
 */
public class MigrateInitializer implements InitializingBean, Ordered {

	private final List<Migrate> migrations;

	private final @Nullable MigrateStartupStrategy strategy;

	private int order;

	/**
	 * Creates an initializer.
	 * @param migrations the migrations, run in this order
	 * @param strategy what to do with each migration instead of its startup action, if anything
	 */
	public MigrateInitializer(List<Migrate> migrations, @Nullable MigrateStartupStrategy strategy) {
		this.migrations = List.copyOf(Objects.requireNonNull(migrations, "migrations"));
		this.strategy = strategy;
	}

	/**
	 * Returns the migrations this initializer runs.
	 * @return the migrations, in order
	 */
	public List<Migrate> migrations() {
		return this.migrations;
	}

	@Override
	public void afterPropertiesSet() {
		for (Migrate migrate : this.migrations) {
			if (this.strategy != null) {
				this.strategy.migrate(migrate);
			}
			else {
				migrate.runStartupAction();
			}
		}
	}

	@Override
	public int getOrder() {
		return this.order;
	}

	/**
	 * Sets this initializer's order among other initializers.
	 * @param order the order
	 */
	public void setOrder(int order) {
		this.order = order;
	}

}
