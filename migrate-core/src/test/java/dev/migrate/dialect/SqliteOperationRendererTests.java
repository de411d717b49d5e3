package dev.migrate.dialect;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.migrate.ops.Constraint;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationRecorder;
import dev.migrate.ops.Operations;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static dev.migrate.ops.Schema.bigint;
import static dev.migrate.ops.Schema.bool;
import static dev.migrate.ops.Schema.check;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.date;
import static dev.migrate.ops.Schema.enumType;
import static dev.migrate.ops.Schema.foreignKey;
import static dev.migrate.ops.Schema.index;
import static dev.migrate.ops.Schema.integer;
import static dev.migrate.ops.Schema.json;
import static dev.migrate.ops.Schema.numeric;
import static dev.migrate.ops.Schema.sequence;
import static dev.migrate.ops.Schema.text;
import static dev.migrate.ops.Schema.timestamp;
import static dev.migrate.ops.Schema.unique;
import static dev.migrate.ops.Schema.uuid;
import static dev.migrate.ops.Schema.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SqliteOperationRenderer}: each operation run on SQLite and read back from its
 * catalog.
 */
class SqliteOperationRendererTests {

	private static List<Operation> record(Consumer<Operations> operations) {
		return OperationRecorder.record(operations);
	}

	private static List<SqlCommand> run(SqliteCatalog catalog, List<Operation> operations) throws SQLException {
		return catalog.run(operations.toArray(new Operation[0]));
	}

	private static List<Operation> listsAndTodos() {
		return record((op) -> {
			op.createTable("lists", column("id", bigint()).asPrimaryKey().autoIncrementing(),
					column("name", varchar(100)).notNull(), unique("uq_lists_name", "name"));
			op.createTable("todos", column("id", integer()).asPrimaryKey().autoIncrementing(),
					column("list_id", bigint()).notNull(), column("title", varchar(200)).notNull(),
					column("done", bool()).notNull().withDefault(false),
					column("priority", integer()).withDefault(3).withComment("1 is urgent"),
					column("state", enumType("todo_state", "open", "closed")).notNull().withDefault("open"),
					column("created", timestamp()).withDefaultExpression("CURRENT_TIMESTAMP"),
					column("due", date()), column("cost", numeric(10, 2)), column("ref", uuid()),
					column("data", json()),
					check("ck_todos_priority", "priority BETWEEN 1 AND 5"),
					foreignKey("fk_todos_list", "list_id", "lists", "id")
						.onDelete(Constraint.ReferentialAction.CASCADE)
						.onUpdate(Constraint.ReferentialAction.RESTRICT));
		});
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void createsTablesWithEveryConstraintInline(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, listsAndTodos());
			assertThat(catalog.columns("lists")).containsExactly("id INTEGER NOT NULL PK 1", "name VARCHAR(100) NOT NULL");
			assertThat(catalog.indexes("lists")).containsExactly("(u) unique [name]");
			assertThat(catalog.columns("todos")).containsExactly("id INTEGER NOT NULL PK 1", "list_id BIGINT NOT NULL",
					"title VARCHAR(200) NOT NULL", "done INTEGER NOT NULL DEFAULT 0", "priority INTEGER DEFAULT 3",
					"state VARCHAR(6) NOT NULL DEFAULT 'open'", "created TIMESTAMP DEFAULT CURRENT_TIMESTAMP",
					"due DATE", "cost NUMERIC(10, 2)", "ref UUID", "data TEXT");
			assertThat(catalog.foreignKeys("todos"))
				.containsExactly("list_id -> lists(id) ON DELETE CASCADE ON UPDATE RESTRICT");
			assertThat(catalog.sql("todos")).contains("CONSTRAINT ck_todos_priority CHECK (priority BETWEEN 1 AND 5)",
					"CHECK (state IN ('open', 'closed'))");
			catalog.update("INSERT INTO lists (name) VALUES ('home')");
			catalog.update("INSERT INTO todos (list_id, title) VALUES (1, 'milk')");
			assertThat(catalog.query("SELECT id, done, priority, state FROM todos")).containsExactly("1,0,3,open");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> catalog.update("INSERT INTO todos (list_id, title, state) VALUES (1, 'x', 'gone')"))
				.withMessageContaining("CHECK constraint failed");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> catalog.update("INSERT INTO todos (list_id, title, priority) VALUES (1, 'x', 9)"))
				.withMessageContaining("ck_todos_priority");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> catalog.update("INSERT INTO lists (name) VALUES ('home')"))
				.withMessageContaining("UNIQUE constraint failed");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void makesAnAutoIncrementedKeyAnAutoincrementRowId(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			List<SqlCommand> commands = run(catalog,
					record((op) -> op.createTable("users", column("id", bigint()).asPrimaryKey().autoIncrementing(),
							column("email", text()))));
			assertThat(commands.get(0).sql()).contains("id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
			catalog.update("INSERT INTO users (email) VALUES ('a'), ('b')");
			assertThat(catalog.query("SELECT id, rowid FROM users")).containsExactly("1,1", "2,2");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void quotesReservedAndMixedCaseNames(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			List<SqlCommand> commands = run(catalog, record((op) -> {
				op.createTable("order", column("select", integer()), column("MixedCase", text()));
				op.createIndex("group", "order", "select");
			}));
			assertThat(commands.get(0).sql()).contains("CREATE TABLE \"order\"", "\"select\" INTEGER",
					"\"MixedCase\" TEXT");
			assertThat(catalog.columns("order")).containsExactly("select INTEGER", "MixedCase TEXT");
			assertThat(catalog.indexes("order")).containsExactly("group [select]");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void dropsAndRenamesTables(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, record((op) -> {
				op.createTable("a", column("id", integer()));
				op.createTable("b", column("id", integer()));
				op.renameTable("a", "c");
				op.dropTable("b");
			}));
			assertThat(catalog.tables()).containsExactly("c");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void addsColumnsThatSqliteCanAddInPlace(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, record((op) -> op.createTable("t", column("id", integer()).asPrimaryKey())));
			catalog.update("INSERT INTO t (id) VALUES (1)");
			List<SqlCommand> commands = run(catalog, record((op) -> {
				op.addColumn("t", column("note", text()));
				op.addColumn("t", column("flag", bool()).notNull().withDefault(true));
				op.addColumn("t", column("kind", enumType("kind", "a", "b")).withDefault("a"));
			}));
			assertThat(commands).extracting(SqlCommand::sql).allMatch((sql) -> sql.startsWith("ALTER TABLE t ADD COLUMN"));
			assertThat(catalog.columns("t")).containsExactly("id INTEGER NOT NULL PK 1", "note TEXT",
					"flag INTEGER NOT NULL DEFAULT 1", "kind VARCHAR(1) DEFAULT 'a'");
			assertThat(catalog.query("SELECT id, note, flag, kind FROM t")).containsExactly("1,null,1,a");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void refusesToAddAColumnThatNeedsARebuildOutsideABatch(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, record((op) -> op.createTable("t", column("id", integer()))));
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> run(catalog, record((op) -> op.addColumn("t", column("name", text()).notNull()))))
				.withMessageContaining("NOT NULL column name without a default")
				.withMessageContaining("table t")
				.withMessageContaining("op.batchAlterTable(\"t\"");
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> run(catalog,
						record((op) -> op.addColumn("t", column("at", timestamp()).withDefaultExpression("CURRENT_TIMESTAMP")))))
				.withMessageContaining("column at with the non-constant default CURRENT_TIMESTAMP");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void dropsAColumnInPlaceWhenNothingUsesIt(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, record((op) -> op.createTable("t", column("id", integer()).asPrimaryKey(), column("a", text()),
					column("b", text()), column("kind", enumType("kind", "x", "y")))));
			List<SqlCommand> commands = run(catalog, record((op) -> {
				op.dropColumn("t", "a");
				op.dropColumn("t", "kind");
			}));
			assertThat(commands).extracting(SqlCommand::sql)
				.containsExactly("ALTER TABLE t DROP COLUMN a", "ALTER TABLE t DROP COLUMN kind");
			assertThat(catalog.columns("t")).containsExactly("id INTEGER NOT NULL PK 1", "b TEXT");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void refusesToDropAnIndexedColumnOutsideABatch(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, record((op) -> {
				op.createTable("t", column("id", integer()), column("a", text()));
				op.createIndex("ix_t_a", "t", "a");
			}));
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> run(catalog, record((op) -> op.dropColumn("t", "a"))))
				.withMessageContaining("drop column a, which index ix_t_a uses")
				.withMessageContaining("of table t")
				.withMessageContaining("op.batchAlterTable(\"t\"");
			assertThat(catalog.columns("t")).containsExactly("id INTEGER", "a TEXT");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void renamesAColumnInPlaceAndForeignKeysFollow(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, record((op) -> {
				op.createTable("p", column("id", integer()).asPrimaryKey());
				op.createTable("c", column("p_id", integer()), foreignKey("fk_c_p", "p_id", "p", "id"));
				op.createIndex("ix_c", "c", "p_id");
			}));
			List<SqlCommand> commands = run(catalog, record((op) -> {
				op.alterColumn("p", "id", (c) -> c.rename("key").comment("the key"));
				op.alterColumn("c", "p_id", (c) -> c.rename("parent"));
			}));
			assertThat(commands).extracting(SqlCommand::sql)
				.containsExactly("ALTER TABLE p RENAME COLUMN id TO \"key\"", "ALTER TABLE c RENAME COLUMN p_id TO parent");
			assertThat(catalog.foreignKeys("c")).containsExactly("parent -> p(key) ON DELETE NO ACTION ON UPDATE NO ACTION");
			assertThat(catalog.indexes("c")).containsExactly("ix_c [parent]");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void createsUniqueAndPartialIndexesAndDropsThem(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, record((op) -> {
				op.createTable("t", column("a", integer()), column("b", integer()), column("c", integer()));
				op.createIndex(index("ix_ab", "t", "a", "b").asUnique());
				op.createIndex(index("ix_c", "t", "c").where("c > 0"));
				op.createIndex("ix_b", "t", "b");
			}));
			assertThat(catalog.indexes("t")).containsExactly("ix_ab unique [a, b]", "ix_b [b]", "ix_c partial [c]");
			assertThat(catalog.sql("ix_c")).endsWith("WHERE c > 0");
			run(catalog, record((op) -> op.dropIndex("ix_b", "t")));
			assertThat(catalog.indexes("t")).containsExactly("ix_ab unique [a, b]", "ix_c partial [c]");
		}
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void refusesColumnChangesAndConstraintsOutsideABatch(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, record((op) -> op.createTable("t", column("id", integer()), column("name", text()))));
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> run(catalog, record((op) -> op.alterColumn("t", "name", (c) -> c.nullable(false)))))
				.withMessage("SQLite's ALTER TABLE cannot change the nullability of column name of table t; put the change"
						+ " in op.batchAlterTable(\"t\", batch -> ...), which rebuilds the table");
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> run(catalog, record((op) -> op.createConstraint("t", unique("uq_t_name", "name")))))
				.withMessageContaining("add the unique constraint uq_t_name of table t");
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> run(catalog,
						record((op) -> op.dropConstraint("t", "ck", Operation.ConstraintKind.CHECK))))
				.withMessageContaining("drop the check constraint ck of table t");
		}
	}

	@Test
	void refusesSequences() {
		OperationRenderer renderer = new SqliteDialect().operationRenderer(Optional.empty());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> renderer.render(new Operation.CreateSequence(sequence("seq_orders"))))
			.withMessageContaining("SQLite has no sequences, so sequence seq_orders");
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> renderer.render(new Operation.DropSequence("seq_orders")))
			.withMessageContaining("seq_orders");
	}

	@Test
	void rendersNothingForEnumTypes() {
		OperationRenderer renderer = new SqliteDialect().operationRenderer(Optional.empty());
		assertThat(renderer.render(new Operation.CreateEnumType(enumType("mood", "ok", "sad")))).isEmpty();
		assertThat(renderer.render(new Operation.DropEnumType("mood"))).isEmpty();
	}

	@DatabaseTest(TestDatabaseKind.SQLITE)
	void runsSqlWithParametersAndInsertsRows(TestDatabase database) throws SQLException {
		try (Connection connection = database.getConnection()) {
			SqliteCatalog catalog = new SqliteCatalog(connection);
			run(catalog, record((op) -> {
				op.createTable("t", column("id", integer()), column("name", text()), column("day", date()));
				op.bulkInsert("t", List.of(Map.of("id", 1, "name", "it's"), Map.of("id", 2, "name", "b")));
				op.execute("UPDATE t SET day = ? WHERE id = ?", LocalDate.of(2026, 11, 22).toString(), 2);
				op.bulkInsert("t", List.of());
			}));
			assertThat(catalog.query("SELECT id, name, day FROM t ORDER BY id")).containsExactly("1,it's,null",
					"2,b,2026-11-22");
		}
	}

	@Test
	void writesLiteralsWithoutBooleansOrDates() {
		SqliteDialect dialect = new SqliteDialect();
		assertThat(dialect.literal(true)).isEqualTo("1");
		assertThat(dialect.literal(false)).isEqualTo("0");
		assertThat(dialect.literal(null)).isEqualTo("NULL");
		assertThat(dialect.literal("it's")).isEqualTo("'it''s'");
		assertThat(dialect.literal(new BigDecimal("1.50"))).isEqualTo("1.50");
		assertThat(dialect.literal(LocalDate.of(2026, 1, 2))).isEqualTo("'2026-01-02'");
		assertThat(dialect.literal(LocalDateTime.of(2026, 1, 2, 10, 0))).isEqualTo("'2026-01-02 10:00:00'");
		assertThat(dialect.literal(new byte[] { 1, (byte) 0xab })).isEqualTo("X'01AB'");
	}

}
