package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Hibernate that migrate manages the schema of each DataSource it migrates, so that an
 * embedded database is not created and dropped by Hibernate as well.
 */
class MigrateSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<Migrate> migrations;

	MigrateSchemaManagementProvider(ObjectProvider<Migrate> migrations) {
		this.migrations = migrations;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return this.migrations.stream().anyMatch((migrate) -> migrate.dataSource().equals(dataSource))
				? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
