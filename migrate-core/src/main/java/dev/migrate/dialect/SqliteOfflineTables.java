package dev.migrate.dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;


import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationDescriptions;

/**
 * The tables an offline SQLite script knows: those that earlier operations of the same run
 * created, followed through every later change, so that a batch can rebuild a table an earlier
 * Java revision of the script created. A table made by raw SQL or before the script's first
 * revision is not known.
 */
final class SqliteOfflineTables implements SqliteTables {

	private final Map<String, SqliteTable> tables = new LinkedHashMap<>();

	private final Dialect dialect;

	SqliteOfflineTables(Dialect dialect) {
		this.dialect = dialect;
	}

	@Override
	public Optional<SqliteTable> find(String table) {
		return Optional.ofNullable(this.tables.get(key(table)));
	}

	@Override
	public SqliteTable require(String table) {
		SqliteTable known = this.tables.get(key(table));
		if (known == null) {
			throw new UnsupportedOperationException("Cannot rebuild table " + table
					+ " in an offline SQLite script: no Java revision of this script created it. Offline, batch mode"
					+ " rebuilds only tables created by Java revisions in the same script (render from the revision"
					+ " that creates the table, or upgrade with a connection)");
		}
		return known;
	}

	/**
	 * {@inheritDoc}
	 * <p>Offline the script's client decides; the {@code sqlite3} shell starts with foreign keys
	 * off.
	 */
	@Override
	public List<String> enforcedReferences(String table) {
		return List.of();
	}

	@Override
	public boolean legacyAlterTable() {
		return false;
	}

	@Override
	public void applied(Operation operation) {
		if (operation instanceof Operation.CreateTable create) {
			this.tables.put(key(create.table().name()), SqliteTable.of(create.table(), this.dialect));
		}
		else if (operation instanceof Operation.DropTable drop) {
			this.tables.remove(key(drop.table()));
		}
		else if (operation instanceof Operation.RenameTable rename) {
			SqliteTable renamed = this.tables.remove(key(rename.table()));
			this.tables.replaceAll((name, table) -> table.withReferencedTableRenamed(rename.table(), rename.newName()));
			if (renamed != null) {
				this.tables.put(key(rename.newName()), renamed.renamed(rename.newName()));
			}
		}
		else if (operation instanceof Operation.BatchAlterTable batch) {
			batch.operations().forEach(this::applied);
		}
		else {
			Optional<String> table = OperationDescriptions.tableChanged(operation);
			SqliteTable known = table.map((name) -> this.tables.get(key(name))).orElse(null);
			if (known != null) {
				this.tables.put(key(table.get()), known.changedBy(operation, this.dialect));
			}
			if (operation instanceof Operation.AlterColumn alter && alter.newName().isPresent()) {
				this.tables.replaceAll((name, each) -> each.withReferencedColumnRenamed(alter.table(), alter.column(),
						alter.newName().get()));
			}
		}
	}

	private static String key(String table) {
		return table.toLowerCase(Locale.ROOT);
	}

}
