package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.migrate.ops.Constraint;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationRecorder;
import dev.migrate.ops.Operations;
import dev.migrate.testing.CatalogSnapshot;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static dev.migrate.ops.Schema.bigint;
import static dev.migrate.ops.Schema.check;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.enumType;
import static dev.migrate.ops.Schema.foreignKey;
import static dev.migrate.ops.Schema.index;
import static dev.migrate.ops.Schema.integer;
import static dev.migrate.ops.Schema.text;
import static dev.migrate.ops.Schema.unique;
import static dev.migrate.ops.Schema.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SqliteTableRebuild}: batches that rebuild SQLite tables keep their rows,
 * indexes, constraints and foreign keys in both directions.
 */
class SqliteTableRebuildTests {

	private static List<SqlCommand> run(SqliteCatalog catalog, Consumer<Operations> operations) throws SQLException {
		return catalog.run(OperationRecorder.record(operations).toArray(new Operation[0]));
	}

	/** Users, their todos (with a named check, a unique constraint, a partial index and a trigger). */
	private static void createTodos(SqliteCatalog catalog) throws SQLException {
		run(catalog, (op) -> {
			op.createTable("users", column("id", integer()).asPrimaryKey().autoIncrementing(), column("name", text()));
			op.createTable("todos", column("id", integer()).asPrimaryKey().autoIncrementing(),
					column("user_id", integer()), column("title", varchar(50)).notNull(),
					column("priority", integer()).withDefault(3), column("state", enumType("state", "open", "done")),
					unique("uq_todos_title", "user_id", "title"), check("ck_todos_priority", "priority > 0"),
					foreignKey("fk_todos_user", "user_id", "users", "id").onDelete(Constraint.ReferentialAction.CASCADE));
			op.createIndex(index("ix_todos_open", "todos", "priority").where("state = 'open'"));
			op.createIndex("ix_todos_title", "todos", "title");
			op.createTable("notes", column("id", integer()).asPrimaryKey(), column("todo_id", integer()),
					foreignKey("fk_notes_todo", "todo_id", "todos", "id").onDelete(Constraint.ReferentialAction.SET_NULL));
		});
		catalog.update("CREATE TABLE audit (todo_id INTEGER)");
		catalog.update("CREATE TRIGGER tr_todos_audit AFTER INSERT ON todos BEGIN INSERT INTO audit VALUES (new.id); END");
		catalog.update("CREATE VIEW open_todos AS SELECT id, title FROM todos WHERE state = 'open'");
		catalog.update("INSERT INTO users (name) VALUES ('ann'), ('bob')");
		catalog.update("INSERT INTO todos (user_id, title, state) VALUES (1, 'milk', 'open'), (2, 'tea', 'done')");
		catalog.update("INSERT INTO notes (id, todo_id) VALUES (10, 1), (11, 2)");
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void changesAColumnAndKeepsRowsIndexesConstraintsAndForeignKeys(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			createTodos(catalog);
			CatalogSnapshot before = catalog.snapshot();
			List<SqlCommand> commands = run(catalog, (op) -> op.batchAlterTable("todos",
					(batch) -> batch.alterColumn("title", (c) -> c.type(varchar(200)).nullable(true))));
			assertThat(commands).extracting(SqlCommand::sql)
				.anyMatch((sql) -> sql.startsWith("CREATE TABLE _migrate_tmp_todos"))
				.contains("DROP TABLE todos", "ALTER TABLE _migrate_tmp_todos RENAME TO todos");
			CatalogSnapshot.Column title = new CatalogSnapshot.Column("title", "VARCHAR(200)", true, Optional.empty(),
					false, Optional.empty());
			assertThat(catalog.snapshot()).isEqualTo(withColumn(before, "todos", title));
			assertThat(catalog.query("SELECT id, user_id, title, priority, state FROM todos ORDER BY id"))
				.containsExactly("1,1,milk,3,open", "2,2,tea,3,done");
			String sql = catalog.sql("todos");
			assertThat(sql).contains("CONSTRAINT uq_todos_title UNIQUE (user_id, title)",
					"CONSTRAINT ck_todos_priority CHECK (priority > 0)", "CHECK (state IN ('open', 'done'))",
					"CONSTRAINT fk_todos_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE");
			assertThat(catalog.sql("ix_todos_open")).endsWith("WHERE state = 'open'");
			assertThat(catalog.query("SELECT * FROM open_todos")).containsExactly("1,milk");
			catalog.update("INSERT INTO todos (user_id, title) VALUES (1, 'bread')");
			assertThat(catalog.query("SELECT todo_id FROM audit")).containsExactly("1", "2", "3");
			assertThat(catalog.sql("notes")).contains("REFERENCES todos (id)");
			// the foreign keys in both directions still act, once SQLite enforces them
			catalog.update("PRAGMA foreign_keys = ON");
			catalog.update("DELETE FROM todos WHERE id = 1");
			assertThat(catalog.query("SELECT id, todo_id FROM notes ORDER BY id")).containsExactly("10,null", "11,2");
			catalog.update("DELETE FROM users WHERE id = 2");
			assertThat(catalog.query("SELECT id FROM todos ORDER BY id")).containsExactly("3");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> catalog.update("INSERT INTO notes (id, todo_id) VALUES (12, 99)"))
				.withMessageContaining("FOREIGN KEY constraint failed");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void addsAndDropsConstraints(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			createTodos(catalog);
			run(catalog, (op) -> op.batchAlterTable("todos", (batch) -> {
				batch.dropConstraint("ck_todos_priority", Operation.ConstraintKind.CHECK);
				batch.dropConstraint("uq_todos_title", Operation.ConstraintKind.UNIQUE);
				batch.dropConstraint("fk_todos_user", Operation.ConstraintKind.FOREIGN_KEY);
				batch.createConstraint(check("ck_todos_title", "length(title) > 1"));
				batch.createConstraint(unique("uq_todos_id_title", "id", "title"));
			}));
			String sql = catalog.sql("todos");
			assertThat(sql).doesNotContain("ck_todos_priority", "uq_todos_title", "fk_todos_user")
				.contains("CONSTRAINT ck_todos_title CHECK (length(title) > 1)",
						"CONSTRAINT uq_todos_id_title UNIQUE (id, title)");
			assertThat(catalog.foreignKeys("todos")).isEmpty();
			assertThat(catalog.indexes("todos")).containsExactly("(u) unique [id, title]", "ix_todos_open partial [priority]",
					"ix_todos_title [title]");
			assertThat(catalog.query("SELECT count(*) FROM todos")).containsExactly("2");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> catalog.update("INSERT INTO todos (title) VALUES ('x')"))
				.withMessageContaining("ck_todos_title");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void dropsAnIndexedColumnWithItsIndexAndRenamesAnother(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			createTodos(catalog);
			run(catalog, (op) -> op.batchAlterTable("todos", (batch) -> {
				batch.dropColumn("priority");
				batch.alterColumn("title", (c) -> c.rename("label").type(text()));
				batch.addColumn(column("due", text()).notNull().withDefaultExpression("CURRENT_DATE"));
			}));
			assertThat(catalog.columns("todos")).containsExactly("id INTEGER NOT NULL PK 1", "user_id INTEGER",
					"label TEXT NOT NULL", "state VARCHAR(4)", "due TEXT NOT NULL DEFAULT CURRENT_DATE");
			assertThat(catalog.indexes("todos")).containsExactly("(u) unique [user_id, label]", "ix_todos_title [label]");
			assertThat(catalog.sql("todos")).doesNotContain("ck_todos_priority");
			assertThat(catalog.query("SELECT id, label, length(due) FROM todos ORDER BY id")).containsExactly("1,milk,10",
					"2,tea,10");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void runsABatchInPlaceWhenSqliteCanAndRebuildsWhenAskedTo(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			createTodos(catalog);
			List<SqlCommand> inPlace = run(catalog, (op) -> op.batchAlterTable("todos", (batch) -> {
				batch.addColumn(column("note", text()));
				batch.createIndex("ix_todos_note", false, "note");
				batch.dropIndex("ix_todos_note");
				batch.dropColumn("note");
			}));
			assertThat(inPlace).extracting(SqlCommand::sql).containsExactly("ALTER TABLE todos ADD COLUMN note TEXT",
					"CREATE INDEX ix_todos_note ON todos (note)", "DROP INDEX ix_todos_note",
					"ALTER TABLE todos DROP COLUMN note");
			List<SqlCommand> always = run(catalog, (op) -> op.batchAlterTable("users", Operation.Recreate.ALWAYS,
					(batch) -> batch.addColumn(column("email", text()))));
			assertThat(always).extracting(SqlCommand::sql).anyMatch((sql) -> sql.startsWith("CREATE TABLE _migrate_tmp_users"));
			assertThat(catalog.columns("users")).containsExactly("id INTEGER NOT NULL PK 1", "name TEXT", "email TEXT");
			assertThat(catalog.query("SELECT id, name FROM users ORDER BY id")).containsExactly("1,ann", "2,bob");
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> run(catalog, (op) -> op.batchAlterTable("users", Operation.Recreate.NEVER,
						(batch) -> batch.alterColumn("name", (c) -> c.nullable(false)))))
				.withMessageContaining("The batch on table users says Recreate.NEVER")
				.withMessageContaining("change the nullability of column name");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void refusesToRebuildAReferencedTableWhileForeignKeysAreEnforced(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			createTodos(catalog);
			catalog.update("PRAGMA foreign_keys = ON");
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> run(catalog, (op) -> op.batchAlterTable("users",
						(batch) -> batch.alterColumn("name", (c) -> c.nullable(false)))))
				.withMessageContaining("Cannot rebuild table users while SQLite enforces foreign keys: rows of todos")
				.withMessageContaining("foreign_keys=false");
			assertThat(catalog.query("SELECT count(*) FROM todos")).containsExactly("2");
			// a table nothing references is rebuilt with foreign keys enforced
			run(catalog, (op) -> op.batchAlterTable("notes", (batch) -> batch.alterColumn("todo_id",
					(c) -> c.type(bigint()))));
			assertThat(catalog.columns("notes")).containsExactly("id INTEGER NOT NULL PK 1", "todo_id BIGINT");
			assertThat(catalog.query("SELECT id, todo_id FROM notes ORDER BY id")).containsExactly("10,1", "11,2");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void readsTablesWrittenByHandAndKeepsWhatItCannotDescribe(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			catalog.update("CREATE TABLE \"Parent\" (k TEXT COLLATE NOCASE CONSTRAINT pk_parent PRIMARY KEY, "
					+ "n INTEGER CONSTRAINT ck_n CHECK (n <> 0) DEFAULT (abs(-2)))");
			catalog.update("CREATE TABLE child (id INTEGER PRIMARY KEY AUTOINCREMENT, "
					+ "parent_k TEXT REFERENCES \"Parent\" ON UPDATE CASCADE, note TEXT, "
					+ "CONSTRAINT \"Odd Name\" CHECK (note != 'x'), UNIQUE (note))");
			catalog.update("CREATE INDEX ix_child_note ON child (note COLLATE NOCASE, id DESC)");
			catalog.update("CREATE INDEX ix_child_lower ON child (lower(note))");
			catalog.update("INSERT INTO \"Parent\" (k) VALUES ('A')");
			catalog.update("INSERT INTO child (parent_k, note) VALUES ('a', 'hello')");
			// (CatalogSnapshot does not read indexes on expressions)
			catalog.update("DROP INDEX ix_child_lower");
			CatalogSnapshot before = catalog.snapshot();
			catalog.update("CREATE INDEX ix_child_lower ON child (lower(note))");
			run(catalog, (op) -> {
				op.batchAlterTable("Parent", Operation.Recreate.ALWAYS, (batch) -> {
				});
				op.batchAlterTable("child", Operation.Recreate.ALWAYS, (batch) -> {
				});
			});
			assertThat(catalog.sql("Parent")).contains("k TEXT COLLATE NOCASE CONSTRAINT pk_parent PRIMARY KEY,",
					"CONSTRAINT ck_n CHECK (n <> 0)", "DEFAULT (abs(-2))");
			assertThat(catalog.sql("child")).contains("id INTEGER PRIMARY KEY AUTOINCREMENT",
					"CONSTRAINT \"Odd Name\" CHECK (note != 'x')",
					"FOREIGN KEY (parent_k) REFERENCES \"Parent\" (k) ON UPDATE CASCADE", "UNIQUE (note)");
			assertThat(catalog.sql("ix_child_note"))
				.isEqualTo("CREATE INDEX ix_child_note ON child (note COLLATE NOCASE, id DESC)");
			assertThat(catalog.sql("ix_child_lower")).isEqualTo("CREATE INDEX ix_child_lower ON child (lower(note))");
			catalog.update("DROP INDEX ix_child_lower");
			// a foreign key to the primary key without its columns is written with them
			CatalogSnapshot.Table child = before.table("child").orElseThrow();
			CatalogSnapshot.ForeignKey key = child.foreignKeys().get(0);
			CatalogSnapshot.ForeignKey named = new CatalogSnapshot.ForeignKey(key.name(), key.columns(),
					key.referencedTable(), List.of("k"), key.onDelete(), key.onUpdate());
			assertThat(catalog.snapshot().table("child")).contains(new CatalogSnapshot.Table("child", child.comment(),
					child.columns(), child.primaryKey(), child.uniques(), child.checks(), List.of(named),
					child.indexes()));
			assertThat(catalog.snapshot().table("Parent")).isEqualTo(before.table("Parent"));
			assertThat(child.checks()).extracting(CatalogSnapshot.Check::name).containsExactly(Optional.of("Odd Name"));
			assertThat(catalog.query("SELECT p.n, c.note FROM child c JOIN \"Parent\" p ON p.k = c.parent_k"))
				.containsExactly("2,hello");
			run(catalog, (op) -> op.batchAlterTable("child",
					(batch) -> batch.dropConstraint("Odd Name", Operation.ConstraintKind.CHECK)));
			assertThat(catalog.sql("child")).doesNotContain("Odd Name");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void refusesToRebuildTablesWithGeneratedColumnsButChangesThemInPlace(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			catalog.update("CREATE TABLE prices (net INTEGER, gross INTEGER GENERATED ALWAYS AS (net * 2))");
			run(catalog, (op) -> op.batchAlterTable("prices", (batch) -> batch.addColumn(column("note", text()))));
			assertThat(catalog.columns("prices")).extracting((column) -> column.split(" ")[0]).contains("net", "note");
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> run(catalog, (op) -> op.batchAlterTable("prices",
						(batch) -> batch.alterColumn("net", (c) -> c.nullable(false)))))
				.withMessageContaining("Table prices has the generated column gross");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void refusesToRebuildAUniqueConstraintWithACollation(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			catalog.update("CREATE TABLE tags (name TEXT, UNIQUE (name COLLATE NOCASE))");
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> run(catalog, (op) -> op.batchAlterTable("tags",
						(batch) -> batch.alterColumn("name", (c) -> c.nullable(false)))))
				.withMessageContaining("Table tags has a unique constraint on [name] with a collation");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void keepsAForeignKeyOfATableToItself(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, (op) -> op.createTable("categories", column("id", integer()).asPrimaryKey(),
					column("parent_id", integer()), column("name", text()),
					foreignKey("fk_categories_parent", "parent_id", "categories", "id")
						.onDelete(Constraint.ReferentialAction.CASCADE)));
			catalog.update("INSERT INTO categories VALUES (1, NULL, 'root'), (2, 1, 'leaf')");
			run(catalog, (op) -> op.batchAlterTable("categories", (batch) -> {
				batch.alterColumn("name", (c) -> c.nullable(false).defaultValue("unnamed"));
				batch.alterColumn("id", (c) -> c.rename("key"));
			}));
			assertThat(catalog.foreignKeys("categories"))
				.containsExactly("parent_id -> categories(key) ON DELETE CASCADE ON UPDATE NO ACTION");
			catalog.update("PRAGMA foreign_keys = ON");
			catalog.update("DELETE FROM categories WHERE \"key\" = 1");
			assertThat(catalog.query("SELECT count(*) FROM categories")).containsExactly("0");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void leavesLegacyAlterTableAsItFoundIt(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, (op) -> op.createTable("t", column("id", integer()), column("name", text())));
			List<SqlCommand> off = run(catalog, (op) -> op.batchAlterTable("t", Operation.Recreate.ALWAYS, (batch) -> {
			}));
			assertThat(off).extracting(SqlCommand::sql)
				.containsSubsequence("PRAGMA legacy_alter_table = ON", "ALTER TABLE _migrate_tmp_t RENAME TO t",
						"PRAGMA legacy_alter_table = OFF");
			assertThat(catalog.query("PRAGMA legacy_alter_table")).containsExactly("0");
			catalog.update("PRAGMA legacy_alter_table = ON");
			List<SqlCommand> on = run(catalog, (op) -> op.batchAlterTable("t", Operation.Recreate.ALWAYS, (batch) -> {
			}));
			assertThat(on).extracting(SqlCommand::sql).noneMatch((sql) -> sql.startsWith("PRAGMA"));
			assertThat(catalog.query("PRAGMA legacy_alter_table")).containsExactly("1");
			assertThat(catalog.columns("t")).containsExactly("id INTEGER", "name TEXT");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void namesAMissingTable(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> run(catalog, (op) -> op.batchAlterTable("ghosts",
						(batch) -> batch.alterColumn("name", (c) -> c.nullable(false)))))
				.withMessage("SQLite has no table ghosts");
			run(catalog, (op) -> op.createTable("t", column("id", integer())));
			assertThatExceptionOfType(IllegalArgumentException.class)
				.isThrownBy(() -> run(catalog, (op) -> op.batchAlterTable("t",
						(batch) -> batch.alterColumn("name", (c) -> c.nullable(false)))))
				.withMessage("Table t has no column name (it has [id])");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void rendersABatchOfflineForATableCreatedEarlierInTheScript(TestDatabase offline, TestDatabase online)
			throws SQLException {
		Consumer<Operations> revisions = (op) -> {
			op.createTable("users", column("id", integer()).asPrimaryKey().autoIncrementing(),
					column("name", varchar(20)).notNull());
			op.createTable("todos", column("id", integer()).asPrimaryKey(), column("user_id", integer()),
					column("title", text()), foreignKey("fk_todos_user", "user_id", "users", "id"));
			op.createIndex("ix_todos_title", "todos", "title");
			op.execute("INSERT INTO users (name) VALUES (?)", "ann");
			op.renameTable("users", "people");
			op.batchAlterTable("people", (batch) -> {
				batch.alterColumn("name", (c) -> c.type(varchar(100)).nullable(true).rename("full_name"));
				batch.createConstraint(unique("uq_people_name", "full_name"));
			});
			op.batchAlterTable("todos", (batch) -> {
				batch.alterColumn("title", (c) -> c.nullable(false).defaultValue("untitled"));
				batch.dropConstraint("fk_todos_user", Operation.ConstraintKind.FOREIGN_KEY);
			});
		};
		OperationRenderer renderer = new SqliteDialect().operationRenderer(Optional.empty());
		List<SqlCommand> script = new ArrayList<>();
		OperationRecorder.record(revisions).forEach((operation) -> script.addAll(renderer.render(operation)));
		try (Connection offlineConnection = offline.getConnection(); Connection onlineConnection = online.getConnection()) {
			SqliteCatalog offlineCatalog = new SqliteCatalog(offlineConnection);
			offlineCatalog.execute(script);
			SqliteCatalog onlineCatalog = new SqliteCatalog(onlineConnection);
			run(onlineCatalog, revisions);
			assertThat(offlineCatalog.snapshot()).isEqualTo(onlineCatalog.snapshot());
			assertThat(offlineCatalog.sql("people")).isEqualTo(onlineCatalog.sql("people"));
			assertThat(offlineCatalog.sql("todos")).isEqualTo(onlineCatalog.sql("todos"));
			assertThat(offlineCatalog.columns("people")).containsExactly("id INTEGER NOT NULL PK 1",
					"full_name VARCHAR(100)");
			assertThat(offlineCatalog.indexes("people")).containsExactly("(u) unique [full_name]");
			assertThat(offlineCatalog.indexes("todos")).containsExactly("ix_todos_title [title]");
			assertThat(offlineCatalog.query("SELECT id, full_name FROM people")).containsExactly("1,ann");
		}
	}

	private static CatalogSnapshot withColumn(CatalogSnapshot snapshot, String table, CatalogSnapshot.Column column) {
		List<CatalogSnapshot.Table> tables = new ArrayList<>();
		for (CatalogSnapshot.Table each : snapshot.tables()) {
			if (each.name().equals(table)) {
				List<CatalogSnapshot.Column> columns = new ArrayList<>(each.columns());
				columns.replaceAll((old) -> old.name().equals(column.name()) ? column : old);
				each = new CatalogSnapshot.Table(each.name(), each.comment(), columns, each.primaryKey(), each.uniques(),
						each.checks(), each.foreignKeys(), each.indexes());
			}
			tables.add(each);
		}
		return new CatalogSnapshot(tables, snapshot.sequences(), snapshot.enumTypes());
	}

	@Test
	void refusesOfflineBatchesForTablesTheScriptDidNotCreate() {
		OperationRenderer renderer = new SqliteDialect().operationRenderer(Optional.empty());
		List<Operation> operations = OperationRecorder.record((op) -> op.batchAlterTable("legacy",
				(batch) -> batch.alterColumn("name", (c) -> c.nullable(false))));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> renderer.render(operations.get(0)))
			.withMessageContaining("Cannot rebuild table legacy in an offline SQLite script")
			.withMessageContaining("tables created by Java revisions in the same script");
	}

	@Test
	void runsOfflineBatchesThatNeedNoRebuildForUnknownTables() {
		OperationRenderer renderer = new SqliteDialect().operationRenderer(Optional.empty());
		List<Operation> operations = OperationRecorder.record((op) -> op.batchAlterTable("legacy", (batch) -> {
			batch.addColumn(column("note", text()));
			batch.createIndex("ix_legacy_note", true, "note");
		}));
		assertThat(renderer.render(operations.get(0))).extracting(SqlCommand::sql)
			.containsExactly("ALTER TABLE legacy ADD COLUMN note TEXT", "CREATE UNIQUE INDEX ix_legacy_note ON legacy (note)");
	}

}
