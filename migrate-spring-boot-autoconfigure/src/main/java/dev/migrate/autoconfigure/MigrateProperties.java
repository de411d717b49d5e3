package dev.migrate.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.runtime.TransactionMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for migrate, bound to {@code migrate.*}: how the application's
 * DataSource is migrated, and {@code migrate.datasources.<name>.*} for further DataSource beans.
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {

	/** The location of the scripts when none is configured. */
	static final String DEFAULT_LOCATION = "classpath:db/migrate";

	/**
	 * Whether to auto-configure migrate.
	 */
	private boolean enabled = true;

	/**
	 * What to do to the database when the application starts.
	 */
	private StartupAction onStartup = StartupAction.UPGRADE;

	/**
	 * The revision to upgrade to, or to validate against: 'head', 'heads', an id, 'label@head'.
	 */
	private String target = "head";

	/**
	 * Where the revision scripts are: 'classpath:PATH' or 'filesystem:DIR'.
	 */
	private List<String> locations = new ArrayList<>(List.of("classpath:db/migrate"));

	/**
	 * Packages searched, with their sub-packages, for Java revisions (classes annotated
	 * with @Revision). When empty, the application's packages: those of its
	 * @SpringBootApplication class.
	 */
	private List<String> javaPackages = new ArrayList<>();

	/**
	 * The version table: one row per current head, as Alembic's 'alembic_version'.
	 */
	private String versionTable = "migrate_version";

	/**
	 * The history table: one row per step run.
	 */
	private String historyTable = "migrate_history";

	/**
	 * The schema of the version and history tables; the connection's default schema when unset.
	 */
	private @Nullable String schema;

	/**
	 * How steps are grouped into transactions: 'per-migration', 'all' or 'none'.
	 */
	private TransactionMode transactionMode = TransactionMode.PER_MIGRATION;

	/**
	 * How long to wait for another instance to release the migration lock.
	 */
	private Duration lockTimeout = Duration.ofMinutes(10);

	/**
	 * Whether to fail when a script that already ran was edited since.
	 */
	private boolean validateChecksums = true;

	/**
	 * JDBC URL of the database to migrate, for a connection of its own. When unset, the
	 * application's DataSource is migrated.
	 */
	private @Nullable String url;

	/**
	 * Login user of the database to migrate, for example one allowed to run DDL.
	 */
	private @Nullable String user;

	/**
	 * Login password of the database to migrate.
	 */
	private @Nullable String password;

	/**
	 * Further DataSource beans to migrate, each on its own, by name.
	 */
	private Map<String, DataSourceMigration> datasources = new LinkedHashMap<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public StartupAction getOnStartup() {
		return this.onStartup;
	}

	public void setOnStartup(StartupAction onStartup) {
		this.onStartup = onStartup;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public List<String> getJavaPackages() {
		return this.javaPackages;
	}

	public void setJavaPackages(List<String> javaPackages) {
		this.javaPackages = javaPackages;
	}

	public String getVersionTable() {
		return this.versionTable;
	}

	public void setVersionTable(String versionTable) {
		this.versionTable = versionTable;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public void setHistoryTable(String historyTable) {
		this.historyTable = historyTable;
	}

	public @Nullable String getSchema() {
		return this.schema;
	}

	public void setSchema(@Nullable String schema) {
		this.schema = schema;
	}

	public TransactionMode getTransactionMode() {
		return this.transactionMode;
	}

	public void setTransactionMode(TransactionMode transactionMode) {
		this.transactionMode = transactionMode;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public boolean isValidateChecksums() {
		return this.validateChecksums;
	}

	public void setValidateChecksums(boolean validateChecksums) {
		this.validateChecksums = validateChecksums;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public Map<String, DataSourceMigration> getDatasources() {
		return this.datasources;
	}

	public void setDatasources(Map<String, DataSourceMigration> datasources) {
		this.datasources = datasources;
	}

	/**
	 * The migration of one further DataSource bean; a setting left unset takes the value of the
	 * same {@code migrate.*} setting, except the locations.
	 */
	public static class DataSourceMigration {

		/**
		 * Whether to migrate this DataSource.
		 */
		private boolean enabled = true;

		/**
		 * The name of the DataSource bean to migrate; the entry's name when unset.
		 */
		private @Nullable String dataSource;

		/**
		 * Where this database's revision scripts are; 'classpath:db/migrate-NAME' when unset.
		 */
		private List<String> locations = new ArrayList<>();

		/**
		 * Packages searched, with their sub-packages, for this DataSource's Java revisions;
		 * none when empty.
		 */
		private List<String> javaPackages = new ArrayList<>();

		/**
		 * What to do to this database when the application starts.
		 */
		private @Nullable StartupAction onStartup;

		/**
		 * The revision to upgrade to, or to validate against.
		 */
		private @Nullable String target;

		/**
		 * The version table of this database.
		 */
		private @Nullable String versionTable;

		/**
		 * The history table of this database.
		 */
		private @Nullable String historyTable;

		/**
		 * The schema of this database's version and history tables.
		 */
		private @Nullable String schema;

		/**
		 * How steps are grouped into transactions on this database.
		 */
		private @Nullable TransactionMode transactionMode;

		/**
		 * How long to wait for the migration lock of this database.
		 */
		private @Nullable Duration lockTimeout;

		/**
		 * Whether to fail when a script that already ran on this database was edited since.
		 */
		private @Nullable Boolean validateChecksums;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable String getDataSource() {
			return this.dataSource;
		}

		public void setDataSource(@Nullable String dataSource) {
			this.dataSource = dataSource;
		}

		public List<String> getLocations() {
			return this.locations;
		}

		public void setLocations(List<String> locations) {
			this.locations = locations;
		}

		public List<String> getJavaPackages() {
			return this.javaPackages;
		}

		public void setJavaPackages(List<String> javaPackages) {
			this.javaPackages = javaPackages;
		}

		public @Nullable StartupAction getOnStartup() {
			return this.onStartup;
		}

		public void setOnStartup(@Nullable StartupAction onStartup) {
			this.onStartup = onStartup;
		}

		public @Nullable String getTarget() {
			return this.target;
		}

		public void setTarget(@Nullable String target) {
			this.target = target;
		}

		public @Nullable String getVersionTable() {
			return this.versionTable;
		}

		public void setVersionTable(@Nullable String versionTable) {
			this.versionTable = versionTable;
		}

		public @Nullable String getHistoryTable() {
			return this.historyTable;
		}

		public void setHistoryTable(@Nullable String historyTable) {
			this.historyTable = historyTable;
		}

		public @Nullable String getSchema() {
			return this.schema;
		}

		public void setSchema(@Nullable String schema) {
			this.schema = schema;
		}

		public @Nullable TransactionMode getTransactionMode() {
			return this.transactionMode;
		}

		public void setTransactionMode(@Nullable TransactionMode transactionMode) {
			this.transactionMode = transactionMode;
		}

		public @Nullable Duration getLockTimeout() {
			return this.lockTimeout;
		}

		public void setLockTimeout(@Nullable Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
		}

		public @Nullable Boolean getValidateChecksums() {
			return this.validateChecksums;
		}

		public void setValidateChecksums(@Nullable Boolean validateChecksums) {
			this.validateChecksums = validateChecksums;
		}

	}

}
