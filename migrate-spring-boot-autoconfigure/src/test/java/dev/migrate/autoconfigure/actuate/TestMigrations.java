package dev.migrate.autoconfigure.actuate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import org.springframework.jdbc.datasource.AbstractDataSource;

import dev.migrate.autoconfigure.Migrate;
import dev.migrate.dialect.Dialects;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.MigrationOptions;
import dev.migrate.runtime.MigrationPlanner;
import dev.migrate.runtime.MigrationResult;
import dev.migrate.runtime.Migrator;
import dev.migrate.script.Location;
import dev.migrate.script.ScriptDirectory;

/**
 * A migration of a fresh in-memory H2 database with the scripts of {@code db/actuate/<name>},
 * and a {@link Migrator} on the same database to move it around as a test needs.
 */
final class TestMigrations {

	private final Migrate migrate;

	private final Migrator migrator;

	private final MigrationPlanner planner;

	private TestMigrations(Migrate.Builder builder) {
		this.migrate = builder.build();
		ScriptDirectory scripts = this.migrate.scripts();
		this.migrator = new Migrator(this.migrate.dataSource(), Dialects.forName("h2"), scripts,
				MigrationOptions.defaults());
		this.planner = MigrationPlanner.of(scripts);
	}

	/** Revisions a1, then b2 and c3 (labelled {@code audit}) both revising a1; target {@code heads}. */
	static TestMigrations branched(String dataSourceName) {
		return new TestMigrations(builder(dataSourceName, h2(), "branched").target("heads"));
	}

	/** Revision a1, then f2 whose upgrade is not valid SQL. */
	static TestMigrations failing(String dataSourceName) {
		return new TestMigrations(builder(dataSourceName, h2(), "failing"));
	}

	/** The branched migration of a database that cannot be connected to. */
	static Migrate unreachable(String dataSourceName) {
		DataSource dataSource = new AbstractDataSource() {

			@Override
			public Connection getConnection() throws SQLException {
				throw new SQLException("Connection refused: the database is down");
			}

			@Override
			public Connection getConnection(String user, String password) throws SQLException {
				return getConnection();
			}

		};
		return builder(dataSourceName, dataSource, "branched").target("heads").build();
	}

	/** The branched migration of a database it never touches, for the auto-configuration conditions. */
	static Migrate untouched(String dataSourceName) {
		return builder(dataSourceName, h2(), "branched").build();
	}

	static Migrate.Builder builder(String dataSourceName, DataSource dataSource, String scripts) {
		return Migrate.builder(dataSourceName, dataSource)
			.dataSourceName(dataSourceName)
			.locations(List.of(Location.classpath("db/actuate/" + scripts)))
			.classLoader(TestMigrations.class.getClassLoader());
	}

	private static JdbcDataSource h2() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:actuate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		return dataSource;
	}

	Migrate migrate() {
		return this.migrate;
	}

	MigrationResult upgrade(String target) {
		return upgrade(target, MigrationListener.none());
	}

	MigrationResult upgrade(String target, MigrationListener listener) {
		return this.migrator.run((rows) -> this.planner.upgrade(rows, target), listener);
	}

	MigrationResult downgrade(String target) {
		return downgrade(target, MigrationListener.none());
	}

	MigrationResult downgrade(String target, MigrationListener listener) {
		return this.migrator.run((rows) -> this.planner.downgrade(rows, target), listener);
	}

}
