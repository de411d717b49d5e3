package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrate.ops.Operation;

/**
 * Rebuilds a SQLite table with changes its {@code ALTER TABLE} cannot make, as Alembic's batch
 * mode does: a new table is created with the changed definition, the rows are copied into it,
 * the old table is dropped, the new one takes its name, and the indexes and triggers are made
 * again.
 *
 * <p>Constraints and foreign keys are part of the new table's definition. Foreign keys of
 * other tables that point at the rebuilt one name it, not the temporary table, and keep working:
 * the rename runs with {@code PRAGMA legacy_alter_table} on, so that SQLite neither rewrites those
 * references nor refuses the rename because a view names the dropped table (the setting is put
 * back at once). All statements run in the revision's transaction.
 *
 * <p>Dropping the old table while SQLite enforces foreign keys would delete the rows that
 * reference it (or fail), and {@code PRAGMA foreign_keys} cannot change inside a transaction; so
 * when foreign keys are enforced and rows of some table reference the rebuilt one, the rebuild
 * refuses with a message that says so, before any change.
 */
final class SqliteTableRebuild {

	/** What the temporary table's name starts with. */
	static final String TEMPORARY_PREFIX = "_migrate_tmp_";

	private final Dialect dialect;

	private final SqliteDdl ddl;

	private final SqliteTables tables;

	SqliteTableRebuild(Dialect dialect, SqliteTables tables) {
		this.dialect = dialect;
		this.ddl = new SqliteDdl(dialect);
		this.tables = tables;
	}

	/**
	 * Returns the statements that rebuild a table with changes made.
	 * @param before the table as it is
	 * @param changes the operations on it, in order
	 */
	List<SqlCommand> rebuild(SqliteTable before, List<Operation> changes) {
		SqliteTable after = before;
		// the column of the old table each new column is copied from, by new lower-case name
		Map<String, String> sources = new LinkedHashMap<>();
		before.columns().forEach((column) -> sources.put(key(column.name()), column.name()));
		for (Operation change : changes) {
			after = after.changedBy(change, this.dialect);
			if (change instanceof Operation.DropColumn drop) {
				sources.remove(key(drop.column()));
			}
			else if (change instanceof Operation.AlterColumn alter && alter.newName().isPresent()) {
				String source = sources.remove(key(alter.column()));
				if (source != null) {
					sources.put(key(alter.newName().get()), source);
				}
			}
			else if (change instanceof Operation.AddColumn add) {
				sources.remove(key(add.column().name()));
			}
		}
		List<String> referencing = this.tables.enforcedReferences(before.name());
		if (!referencing.isEmpty()) {
			throw new UnsupportedOperationException("Cannot rebuild table " + before.name()
					+ " while SQLite enforces foreign keys: rows of " + String.join(", ", referencing)
					+ " reference it, and dropping the old table would delete or orphan them. PRAGMA foreign_keys"
					+ " cannot change inside the revision's transaction; run the migration on a connection with"
					+ " foreign keys off (foreign_keys=false in the JDBC URL), as Alembic's batch mode requires too");
		}
		String table = before.name();
		String temporary = TEMPORARY_PREFIX + table;
		List<SqlCommand> commands = new ArrayList<>();
		commands.add(SqlCommand.of(this.ddl.createTable(after, temporary)));
		List<String> targets = new ArrayList<>();
		List<String> origins = new ArrayList<>();
		for (SqliteColumn column : after.columns()) {
			String source = sources.get(key(column.name()));
			if (source != null) {
				targets.add(this.dialect.identifier(column.name()));
				origins.add(this.dialect.identifier(source));
			}
		}
		if (!targets.isEmpty()) {
			commands.add(SqlCommand.of("INSERT INTO " + this.dialect.identifier(temporary) + " ("
					+ String.join(", ", targets) + ") SELECT " + String.join(", ", origins) + " FROM "
					+ this.dialect.identifier(table)));
		}
		commands.add(SqlCommand.of("DROP TABLE " + this.dialect.identifier(table)));
		boolean legacy = this.tables.legacyAlterTable();
		if (!legacy) {
			commands.add(SqlCommand.of("PRAGMA legacy_alter_table = ON"));
		}
		commands.add(SqlCommand.of("ALTER TABLE " + this.dialect.identifier(temporary) + " RENAME TO "
				+ this.dialect.identifier(table)));
		if (!legacy) {
			commands.add(SqlCommand.of("PRAGMA legacy_alter_table = OFF"));
		}
		for (SqliteIndex index : after.indexes()) {
			commands.add(SqlCommand.of(this.ddl.createIndex(index, table)));
		}
		after.triggers().forEach((trigger) -> commands.add(SqlCommand.of(trigger)));
		return commands;
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
