package dev.migrate.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties.DataSourceMigration;
import dev.migrate.dialect.TableName;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.script.Location;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.properties.PropertyMapper;

/**
 * Builds each {@link Migrate} from the {@code migrate.*} properties, then the customizers.
 */
class MigrateFactory {

	/** The name of the migration {@code migrate.*} configures. */
	static final String DEFAULT_NAME = "default";

	private static final Log logger = LogFactory.getLog(Migrate.class);

	private final MigrateProperties properties;

	private final ClassLoader classLoader;

	private final List<MigrateCustomizer> customizers;

	private final List<MigrationListener> listeners;

	private final List<String> applicationPackages;

	MigrateFactory(MigrateProperties properties, ClassLoader classLoader, List<MigrateCustomizer> customizers,
			List<MigrationListener> listeners, List<String> applicationPackages) {
		this.properties = properties;
		this.classLoader = classLoader;
		this.customizers = customizers;
		this.listeners = listeners;
		this.applicationPackages = List.copyOf(applicationPackages);
	}

	/**
	 * Builds the migration {@code migrate.*} configures, of a DataSource known by a name.
	 */
	Migrate create(DataSource dataSource, String dataSourceName) {
		MigrateProperties properties = this.properties;
		Migrate.Builder builder = Migrate.builder(DEFAULT_NAME, dataSource).dataSourceName(dataSourceName);
		PropertyMapper map = PropertyMapper.get();
		map.from(properties.getLocations()).as(MigrateFactory::locations).to(builder::locations);
		builder.javaPackages(properties.getJavaPackages().isEmpty() ? this.applicationPackages
				: properties.getJavaPackages());
		map.from(properties.getTarget()).to(builder::target);
		map.from(properties.getOnStartup()).to(builder::startupAction);
		map.from(properties.isValidateChecksums()).to(builder::validateChecksums);
		builder.options(options(properties.getSchema(), properties.getVersionTable(), properties.getHistoryTable())
			.withTransactionMode(properties.getTransactionMode())
			.withLockTimeout(properties.getLockTimeout()));
		return finish(builder);
	}

	/**
	 * Builds the migration a {@code migrate.datasources.<name>} entry configures; what it does not
	 * set is taken from {@code migrate.*}, except the locations.
	 */
	Migrate create(String name, BeanFactory beanFactory) {
		DataSourceMigration migration = this.properties.getDatasources().get(name);
		if (migration == null) {
			throw new IllegalStateException("No migrate.datasources entry named '" + name + "'");
		}
		String beanName = (migration.getDataSource() != null) ? migration.getDataSource() : name;
		if (!beanFactory.containsBean(beanName)) {
			throw new IllegalStateException("migrate.datasources." + name + " migrates the DataSource bean '" + beanName
					+ "', but there is no such bean; set migrate.datasources." + name
					+ ".data-source to the name of a DataSource bean");
		}
		Migrate.Builder builder = Migrate.builder(name, beanFactory.getBean(beanName, DataSource.class))
			.dataSourceName(beanName);
		PropertyMapper map = PropertyMapper.get();
		MigrateProperties defaults = this.properties;
		List<String> locations = migration.getLocations().isEmpty()
				? List.of(MigrateProperties.DEFAULT_LOCATION + "-" + name) : migration.getLocations();
		map.from(locations).as(MigrateFactory::locations).to(builder::locations);
		builder.javaPackages(migration.getJavaPackages());
		map.from(migration.getTarget()).orFrom(defaults::getTarget).to(builder::target);
		map.from(migration.getOnStartup()).orFrom(defaults::getOnStartup).to(builder::startupAction);
		map.from(migration.getValidateChecksums()).orFrom(defaults::isValidateChecksums).to(builder::validateChecksums);
		String schema = (migration.getSchema() != null) ? migration.getSchema() : defaults.getSchema();
		String versionTable = (migration.getVersionTable() != null) ? migration.getVersionTable()
				: defaults.getVersionTable();
		String historyTable = (migration.getHistoryTable() != null) ? migration.getHistoryTable()
				: defaults.getHistoryTable();
		MigrationOptions options = options(schema, versionTable, historyTable);
		options = map.from(migration.getTransactionMode())
			.orFrom(defaults::getTransactionMode)
			.to(options, MigrationOptions::withTransactionMode);
		options = map.from(migration.getLockTimeout())
			.orFrom(defaults::getLockTimeout)
			.to(options, MigrationOptions::withLockTimeout);
		builder.options(options);
		return finish(builder);
	}

	private Migrate finish(Migrate.Builder builder) {
		builder.classLoader(this.classLoader);
		builder.listener(MigrationListener.progress(logger::info));
		this.listeners.forEach(builder::listener);
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	private static MigrationOptions options(@Nullable String schema, String versionTable, String historyTable) {
		return MigrationOptions.defaults()
			.withVersionTable(table(schema, versionTable))
			.withHistoryTable(table(schema, historyTable));
	}

	private static TableName table(@Nullable String schema, String table) {
		return (schema != null && !schema.isBlank()) ? TableName.of(schema.strip(), table.strip())
				: TableName.parse(table);
	}

	private static List<Location> locations(List<String> locations) {
		return locations.stream().map(Location::parse).toList();
	}

}
