package dev.migrate.dialect;

/**
 * Renders the DDL of migrate's own tables for a dialect, from the column types it chooses.
 */
final class TableDdl {

	private TableDdl() {
	}

	/**
	 * Returns the DDL of a version table, shaped as Alembic's {@code alembic_version} so that a
	 * table Alembic created and one migrate created are the same.
	 */
	static String versionTable(Dialect dialect, TableName table) {
		return "CREATE TABLE " + dialect.tableName(table) + " (\n"
				+ "\tversion_num VARCHAR(32) NOT NULL,\n"
				+ "\tCONSTRAINT " + dialect.identifier(table.name() + "_pkc") + " PRIMARY KEY (version_num)\n"
				+ ")";
	}

	/**
	 * Returns the DDL of a history table.
	 * @param id the definition of the generated {@code id} column, primary key included
	 * @param text the type of the unbounded text columns
	 * @param timestamp the type of {@code started_at}
	 */
	static String historyTable(Dialect dialect, TableName table, String id, String text, String timestamp) {
		return "CREATE TABLE " + dialect.tableName(table) + " (\n"
				+ "\tid " + id + ",\n"
				+ "\trevision VARCHAR(32) NOT NULL,\n"
				+ "\tdirection VARCHAR(16) NOT NULL,\n"
				+ "\tmessage " + text + " NOT NULL,\n"
				+ "\tchecksum VARCHAR(64),\n"
				+ "\tinstalled_by VARCHAR(128) NOT NULL,\n"
				+ "\tstarted_at " + timestamp + " NOT NULL,\n"
				+ "\tduration_ms BIGINT NOT NULL,\n"
				+ "\tsuccess BOOLEAN NOT NULL,\n"
				+ "\terror_message " + text + "\n"
				+ ")";
	}

}
