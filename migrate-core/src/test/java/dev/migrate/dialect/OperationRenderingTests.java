package dev.migrate.dialect;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import dev.migrate.ops.ColumnType;
import dev.migrate.ops.Constraint.ReferentialAction;
import dev.migrate.ops.Operation.ConstraintKind;
import dev.migrate.ops.Operations;
import dev.migrate.testing.CatalogSnapshot;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseKind;

import static dev.migrate.ops.Schema.bigint;
import static dev.migrate.ops.Schema.binary;
import static dev.migrate.ops.Schema.blob;
import static dev.migrate.ops.Schema.bool;
import static dev.migrate.ops.Schema.check;
import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.date;
import static dev.migrate.ops.Schema.doublePrecision;
import static dev.migrate.ops.Schema.enumType;
import static dev.migrate.ops.Schema.foreignKey;
import static dev.migrate.ops.Schema.index;
import static dev.migrate.ops.Schema.integer;
import static dev.migrate.ops.Schema.json;
import static dev.migrate.ops.Schema.namedPrimaryKey;
import static dev.migrate.ops.Schema.numeric;
import static dev.migrate.ops.Schema.real;
import static dev.migrate.ops.Schema.sequence;
import static dev.migrate.ops.Schema.smallint;
import static dev.migrate.ops.Schema.table;
import static dev.migrate.ops.Schema.text;
import static dev.migrate.ops.Schema.time;
import static dev.migrate.ops.Schema.timestamp;
import static dev.migrate.ops.Schema.timestampWithTimeZone;
import static dev.migrate.ops.Schema.unique;
import static dev.migrate.ops.Schema.uuid;
import static dev.migrate.ops.Schema.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every operation rendered for PostgreSQL, MariaDB and H2, run on the database, and the result
 * read back from its catalog.
 */
class OperationRenderingTests {

	/** Owners and their todos: identity keys, defaults, comments and every kind of constraint. */
	private static final Consumer<Operations> OWNERS_AND_TODOS = (op) -> {
		op.createTable(table("owners", column("id", bigint()).asPrimaryKey().autoIncrementing(),
				column("email", varchar(100)).notNull(), unique("uq_owners_email", "email")).withComment("People"));
		op.createTable("todos", column("id", integer()).asPrimaryKey().autoIncrementing(),
				column("owner_id", bigint()).notNull(),
				column("title", varchar(200)).notNull().withDefault("it's new").withComment("What to do"),
				column("priority", smallint()).withDefault(3), column("done", bool()).notNull().withDefault(false),
				column("due", date()).withDefault(LocalDate.of(2026, 1, 1)),
				check("ck_todos_priority", "priority BETWEEN 1 AND 5"),
				foreignKey("fk_todos_owner", "owner_id", "owners", "id").onDelete(ReferentialAction.CASCADE));
	};

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void createsTablesWithKeysConstraintsDefaultsAndComments(TestDatabase database) {
		CatalogSnapshot snapshot = RenderedOperations.apply(database, OWNERS_AND_TODOS);
		assertThat(snapshot.tableNames()).map(String::toLowerCase).containsExactly("owners", "todos");
		CatalogSnapshot.Table owners = snapshot.table("owners").orElseThrow();
		assertThat(owners.comment()).hasValue("People");
		assertThat(owners.uniques()).extracting((each) -> each.name().orElseThrow().toLowerCase())
			.containsExactly("uq_owners_email");
		CatalogSnapshot.Table todos = snapshot.table("todos").orElseThrow();
		assertThat(todos.columnNames()).map(String::toLowerCase)
			.containsExactly("id", "owner_id", "title", "priority", "done", "due");
		assertThat(todos.column("id").orElseThrow().generated()).isTrue();
		assertThat(todos.column("owner_id").orElseThrow().generated()).isFalse();
		assertThat(todos.primaryKey().orElseThrow().columns()).map(String::toLowerCase).containsExactly("id");
		CatalogSnapshot.Column title = todos.column("title").orElseThrow();
		assertThat(title.nullable()).isFalse();
		assertThat(title.comment()).hasValue("What to do");
		assertThat(title.defaultValue()).hasValueSatisfying((value) -> assertThat(value).contains("it''s new"));
		assertThat(todos.column("priority").orElseThrow().nullable()).isTrue();
		assertThat(todos.column("priority").orElseThrow().defaultValue()).hasValueSatisfying(
				(value) -> assertThat(value).contains("3"));
		assertThat(todos.column("due").orElseThrow().defaultValue()).hasValueSatisfying(
				(value) -> assertThat(value).contains("2026-01-01"));
		assertThat(todos.checks()).anySatisfy((check) -> {
			assertThat(check.name()).map(String::toLowerCase).hasValue("ck_todos_priority");
			assertThat(check.condition().toLowerCase()).contains("priority");
		});
		assertThat(todos.foreignKeys()).singleElement().satisfies((key) -> {
			assertThat(key.name()).map(String::toLowerCase).hasValue("fk_todos_owner");
			assertThat(key.referencedTable()).isEqualToIgnoringCase("owners");
			assertThat(key.onDelete()).isEqualTo("CASCADE");
			assertThat(key.onUpdate()).isEqualTo("NO ACTION");
		});
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void mapsEveryPortableTypeToTheDatabasesType(TestDatabase database) {
		CatalogSnapshot snapshot = RenderedOperations.apply(database,
				(op) -> op.createTable("all_types", column("c_integer", integer()), column("c_bigint", bigint()),
						column("c_smallint", smallint()), column("c_boolean", bool()), column("c_varchar", varchar(20)),
						column("c_text", text()), column("c_numeric", numeric(10, 2)), column("c_real", real()),
						column("c_double", doublePrecision()), column("c_date", date()), column("c_time", time()),
						column("c_timestamp", timestamp()), column("c_timestamptz", timestampWithTimeZone()),
						column("c_uuid", uuid()), column("c_json", json()), column("c_binary", binary(16)),
						column("c_blob", blob()), column("c_enum", enumType("mood", "sad", "happy"))));
		Map<String, String> types = new LinkedHashMap<>();
		snapshot.table("all_types")
			.orElseThrow()
			.columns()
			.forEach((each) -> types.put(each.name().toLowerCase().substring(2), each.type()));
		assertThat(types).isEqualTo(expectedTypes(database.kind()));
	}

	private static Map<String, String> expectedTypes(TestDatabaseKind kind) {
		List<String> names = List.of("integer", "bigint", "smallint", "boolean", "varchar", "text", "numeric", "real",
				"double", "date", "time", "timestamp", "timestamptz", "uuid", "json", "binary", "blob", "enum");
		List<String> types = switch (kind) {
			case POSTGRESQL -> List.of("integer", "bigint", "smallint", "boolean", "character varying(20)", "text",
					"numeric(10,2)", "real", "double precision", "date", "time without time zone",
					"timestamp without time zone", "timestamp with time zone", "uuid", "jsonb", "bytea", "bytea",
					"mood");
			case MARIADB -> List.of("int(11)", "bigint(20)", "smallint(6)", "tinyint(1)", "varchar(20)", "longtext",
					"decimal(10,2)", "float", "double", "date", "time(6)", "datetime(6)", "datetime(6)", "char(36)",
					"longtext", "varbinary(16)", "longblob", "enum('sad','happy')");
			case H2 -> List.of("integer", "bigint", "smallint", "boolean", "character varying(20)",
					"character varying(1000000000)", "numeric(10,2)", "real", "double precision", "date", "time",
					"timestamp", "timestamp with time zone", "uuid", "json", "binary varying(16)",
					"binary large object", "enum('sad','happy')");
			case SQLITE -> throw new IllegalArgumentException("not here");
		};
		Map<String, String> expected = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			expected.put(names.get(i), types.get(i));
		}
		return expected;
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void dropsAndRenamesTables(TestDatabase database) {
		RenderedOperations.apply(database, OWNERS_AND_TODOS);
		CatalogSnapshot snapshot = RenderedOperations.apply(database, (op) -> {
			op.dropTable("todos");
			op.renameTable("owners", "people");
		});
		assertThat(snapshot.tableNames()).map(String::toLowerCase).containsExactly("people");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void addsAndDropsColumns(TestDatabase database) {
		RenderedOperations.apply(database, OWNERS_AND_TODOS);
		CatalogSnapshot added = RenderedOperations.apply(database, (op) -> op.addColumn("owners",
				column("nickname", varchar(30)).notNull().withDefault("none").withComment("Shown to others")));
		CatalogSnapshot.Column nickname = added.table("owners").orElseThrow().column("nickname").orElseThrow();
		assertThat(nickname.nullable()).isFalse();
		assertThat(nickname.comment()).hasValue("Shown to others");
		assertThat(nickname.defaultValue()).hasValueSatisfying((value) -> assertThat(value).contains("none"));
		CatalogSnapshot dropped = RenderedOperations.apply(database, (op) -> op.dropColumn("owners", "nickname"));
		assertThat(dropped.table("owners").orElseThrow().columnNames()).map(String::toLowerCase)
			.containsExactly("id", "email");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void altersTypeNullabilityDefaultCommentAndName(TestDatabase database) {
		RenderedOperations.apply(database, OWNERS_AND_TODOS);
		CatalogSnapshot snapshot = RenderedOperations.apply(database, (op) -> {
			op.alterColumn("owners", "email",
					(c) -> c.type(varchar(250)).nullable(true).defaultValue("nobody").comment("Where to write"));
			op.alterColumn("todos", "title", (c) -> c.rename("summary").existingType(varchar(200)).existingNullable(false));
			op.alterColumn("todos", "priority", (c) -> c.dropDefault());
		});
		CatalogSnapshot.Column email = snapshot.table("owners").orElseThrow().column("email").orElseThrow();
		assertThat(email.type()).contains("250");
		assertThat(email.nullable()).isTrue();
		assertThat(email.defaultValue()).hasValueSatisfying((value) -> assertThat(value).contains("nobody"));
		assertThat(email.comment()).hasValue("Where to write");
		CatalogSnapshot.Table todos = snapshot.table("todos").orElseThrow();
		assertThat(todos.columnNames()).map(String::toLowerCase)
			.containsExactly("id", "owner_id", "summary", "priority", "done", "due");
		assertThat(todos.column("priority").orElseThrow().defaultValue()).isEmpty();
		CatalogSnapshot back = RenderedOperations.apply(database, (op) -> {
			op.alterColumn("owners", "email", (c) -> c.type(varchar(100)).nullable(false).dropDefault().comment(""));
			op.alterColumn("todos", "summary", (c) -> c.rename("title").existingType(varchar(200)).existingNullable(false));
			op.alterColumn("todos", "priority", (c) -> c.defaultValue(3));
		});
		assertThat(back).isEqualTo(RenderedOperations.apply(database, (op) -> {
		}));
		CatalogSnapshot.Column restored = back.table("owners").orElseThrow().column("email").orElseThrow();
		assertThat(restored.nullable()).isFalse();
		assertThat(restored.comment()).isEmpty();
		assertThat(restored.defaultValue()).isEmpty();
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void changesATypeThatNeedsACastOfTheValues(TestDatabase database) {
		RenderedOperations.apply(database, (op) -> {
			op.createTable("counts", column("n", varchar(10)).notNull());
			op.bulkInsert("counts", List.of(Map.of("n", "42")));
			op.alterColumn("counts", "n", (c) -> c.type(integer()).existingType(varchar(10)).existingNullable(false));
		});
		assertThat(RenderedOperations.rows(database, "SELECT n + 1 FROM counts")).containsExactly(List.of("43"));
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void createsAndDropsIndexes(TestDatabase database) {
		RenderedOperations.apply(database, OWNERS_AND_TODOS);
		CatalogSnapshot snapshot = RenderedOperations.apply(database, (op) -> {
			op.createIndex("ix_todos_title", "todos", "title", "priority");
			// not led by owner_id: InnoDB would drop its own index behind the foreign key and keep this one for it
			op.createIndex(index("ux_todos_owner_title", "todos", "title", "owner_id").asUnique());
		});
		CatalogSnapshot.Table todos = snapshot.table("todos").orElseThrow();
		assertThat(todos.index("ix_todos_title")).hasValueSatisfying((index) -> {
			assertThat(index.columns()).map(String::toLowerCase).containsExactly("title", "priority");
			assertThat(index.unique()).isFalse();
		});
		assertThat(todos.index("ux_todos_owner_title")).hasValueSatisfying((index) -> assertThat(index.unique()).isTrue());
		CatalogSnapshot dropped = RenderedOperations.apply(database, (op) -> {
			op.dropIndex("ix_todos_title", "todos");
			op.dropIndex("ux_todos_owner_title", "todos");
		});
		assertThat(dropped.table("todos").orElseThrow().index("ix_todos_title")).isEmpty();
		assertThat(dropped.table("todos").orElseThrow().index("ux_todos_owner_title")).isEmpty();
	}

	@DatabaseTest({ TestDatabaseKind.POSTGRESQL })
	void createsPartialIndexesOnPostgres(TestDatabase database) {
		RenderedOperations.apply(database, OWNERS_AND_TODOS);
		CatalogSnapshot snapshot = RenderedOperations.apply(database,
				(op) -> op.createIndex(index("ix_open", "todos", "due").where("NOT done")));
		assertThat(snapshot.table("todos").orElseThrow().index("ix_open").orElseThrow().where()).hasValue("(NOT done)");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void createsAndDropsEachKindOfConstraint(TestDatabase database) {
		CatalogSnapshot before = RenderedOperations.apply(database, (op) -> {
			op.createTable("parents", column("a", integer()).notNull(), column("b", integer()).notNull());
			op.createTable("children", column("id", integer()).notNull(), column("a", integer()),
					column("b", integer()));
			op.createIndex("ix_children_ab", "children", "a", "b");
		});
		CatalogSnapshot created = RenderedOperations.apply(database, (op) -> {
			op.createConstraint("parents", namedPrimaryKey("pk_parents", "a", "b"));
			op.createConstraint("children", unique("uq_children_id", "id"));
			op.createConstraint("children", check("ck_children_id", "id > 0"));
			op.createConstraint("children", foreignKey("fk_children_parent", List.of("a", "b"), "parents",
					List.of("a", "b")).onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.CASCADE));
		});
		CatalogSnapshot.Table children = created.table("children").orElseThrow();
		assertThat(created.table("parents").orElseThrow().primaryKey().orElseThrow().columns())
			.map(String::toLowerCase).containsExactly("a", "b");
		assertThat(children.uniques()).anySatisfy((unique) -> assertThat(unique.name()).map(String::toLowerCase)
			.hasValue("uq_children_id"));
		assertThat(children.checks()).anySatisfy((check) -> assertThat(check.name()).map(String::toLowerCase)
			.hasValue("ck_children_id"));
		assertThat(children.foreignKeys()).singleElement().satisfies((key) -> {
			assertThat(key.columns()).map(String::toLowerCase).containsExactly("a", "b");
			assertThat(key.onDelete()).isEqualTo("SET NULL");
			assertThat(key.onUpdate()).isEqualTo("CASCADE");
		});
		CatalogSnapshot dropped = RenderedOperations.apply(database, (op) -> {
			op.dropConstraint("children", "fk_children_parent", ConstraintKind.FOREIGN_KEY);
			op.dropConstraint("children", "ck_children_id", ConstraintKind.CHECK);
			op.dropConstraint("children", "uq_children_id", ConstraintKind.UNIQUE);
			op.dropConstraint("parents", "pk_parents", ConstraintKind.PRIMARY_KEY);
		});
		assertThat(dropped).isEqualTo(before);
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void createsAndDropsSequences(TestDatabase database) {
		CatalogSnapshot created = RenderedOperations.apply(database,
				(op) -> op.createSequence(new dev.migrate.ops.Sequence("seq_orders", 100, 10)));
		assertThat(created.sequences()).singleElement().satisfies((each) -> {
			assertThat(each.name()).isEqualToIgnoringCase("seq_orders");
			assertThat(each.start()).isEqualTo(100);
			assertThat(each.increment()).isEqualTo(10);
		});
		assertThat(RenderedOperations.apply(database, (op) -> op.dropSequence("seq_orders")).sequences()).isEmpty();
	}

	@DatabaseTest({ TestDatabaseKind.POSTGRESQL })
	void createsAnEnumTypeWithTheFirstTableThatUsesIt(TestDatabase database) {
		ColumnType.Enum mood = enumType("mood", "sad", "ok", "happy");
		CatalogSnapshot snapshot = RenderedOperations.apply(database, (op) -> {
			op.createTable("days", column("id", integer()), column("mood", mood));
			op.addColumn("days", column("evening_mood", mood));
		});
		assertThat(snapshot.enumTypes()).containsExactly(new CatalogSnapshot.EnumType("mood", mood.values()));
		assertThat(snapshot.table("days").orElseThrow().column("evening_mood").orElseThrow().type()).isEqualTo("mood");
		CatalogSnapshot again = RenderedOperations.apply(database,
				(op) -> op.createTable("nights", column("mood", mood)));
		assertThat(again.enumTypes()).hasSize(1);
		CatalogSnapshot dropped = RenderedOperations.apply(database, (op) -> {
			op.dropTable("nights");
			op.dropTable("days");
			op.dropEnumType("mood");
		});
		assertThat(dropped.enumTypes()).isEmpty();
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void createsExplicitEnumTypesOnPostgresOnlyAndEnumsInlineElsewhere(TestDatabase database) {
		CatalogSnapshot snapshot = RenderedOperations.apply(database, (op) -> {
			op.createEnumType("Status", "open", "closed");
			op.createTable("tickets", column("status", enumType("Status", "open", "closed")).notNull());
			op.bulkInsert("tickets", List.of(Map.of("status", "open")));
		});
		if (database.kind() == TestDatabaseKind.POSTGRESQL) {
			assertThat(snapshot.enumTypes()).containsExactly(new CatalogSnapshot.EnumType("Status", List.of("open", "closed")));
		}
		else {
			assertThat(snapshot.enumTypes()).isEmpty();
		}
		assertThat(RenderedOperations.rows(database, "SELECT status FROM tickets")).containsExactly(List.of("open"));
		assertThat(RenderedOperations.apply(database, (op) -> {
			op.dropTable("tickets");
			op.dropEnumType("Status");
		}).enumTypes()).isEmpty();
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void executesStatementsWithParametersAndBulkInserts(TestDatabase database) {
		RenderedOperations.apply(database, (op) -> {
			op.createTable("notes", column("id", integer()).asPrimaryKey(), column("body", varchar(100)),
					column("amount", numeric(8, 2)));
			op.bulkInsert("notes", List.of(row(1, "it's", new BigDecimal("1.50")), row(2, null, null)));
			op.execute("UPDATE notes SET body = ? WHERE id = ?", "what? 'quoted'", 2);
			op.execute("DELETE FROM notes WHERE body = 'no?'");
		});
		assertThat(RenderedOperations.rows(database, "SELECT id, body, amount FROM notes ORDER BY id"))
			.containsExactly(List.of("1", "it's", "1.50"), Arrays.asList("2", "what? 'quoted'", null));
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void runsABatchInPlace(TestDatabase database) {
		RenderedOperations.apply(database, OWNERS_AND_TODOS);
		CatalogSnapshot snapshot = RenderedOperations.apply(database, (op) -> op.batchAlterTable("todos", (batch) -> {
			batch.addColumn(column("notes", text()));
			batch.dropColumn("due");
			batch.alterColumn("priority", (c) -> c.nullable(false).existingType(smallint()));
			batch.createIndex("ix_todos_done", false, "done");
			batch.dropConstraint("ck_todos_priority", ConstraintKind.CHECK);
			batch.createConstraint(check("ck_todos_priority_positive", "priority > 0"));
		}));
		CatalogSnapshot.Table todos = snapshot.table("todos").orElseThrow();
		assertThat(todos.columnNames()).map(String::toLowerCase)
			.containsExactly("id", "owner_id", "title", "priority", "done", "notes");
		assertThat(todos.column("priority").orElseThrow().nullable()).isFalse();
		assertThat(todos.index("ix_todos_done")).isPresent();
		assertThat(todos.checks()).extracting((check) -> check.name().orElse("").toLowerCase())
			.contains("ck_todos_priority_positive")
			.doesNotContain("ck_todos_priority");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void quotesReservedWordsAndKeepsTheCaseOfMixedCaseNames(TestDatabase database) {
		CatalogSnapshot snapshot = RenderedOperations.apply(database, (op) -> {
			op.createTable("order", column("user", varchar(20)).notNull(), column("Select", integer()),
					column("MixedCase", integer()), unique("Unique Name", "user"));
			op.createIndex("Index", "order", "Select");
			op.bulkInsert("order", List.of(Map.of("user", "u", "Select", 1, "MixedCase", 2)));
			op.alterColumn("order", "MixedCase", (c) -> c.rename("Group").existingType(integer()).existingNullable(true));
			op.renameTable("order", "Table");
		});
		CatalogSnapshot.Table table = snapshot.table("Table").orElseThrow();
		assertThat(table.name()).isEqualTo("Table");
		assertThat(table.columnNames()).containsExactly("user", "Select", "Group");
		assertThat(table.index("Index")).isPresent();
		assertThat(table.uniques()).extracting((unique) -> unique.name().orElseThrow()).containsExactly("Unique Name");
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void offlineScriptsGiveTheSameCatalogAndRows(TestDatabase online, TestDatabase offline) {
		Consumer<Operations> changes = OWNERS_AND_TODOS.andThen((op) -> {
			op.bulkInsert("owners", List.of(Map.of("email", "o'brien@example.com"), Map.of("email", "back\\slash")));
			op.execute("INSERT INTO todos (owner_id, title, due) VALUES (?, ?, ?)", 1, "a ? mark", LocalDate.of(2027, 2, 3));
			op.addColumn("todos", column("notes", text()).withComment("Free text").withDefault("none"));
			op.alterColumn("todos", "title", (c) -> c.type(varchar(300)).existingNullable(false)
				.existingDefault(new dev.migrate.ops.DefaultValue.Literal("it's new")).existingComment("What to do"));
			op.createIndex("ix_todos_due", "todos", "due");
			if (online.kind() != TestDatabaseKind.MARIADB) {
				op.createSequence(sequence("seq_ids"));
			}
		});
		CatalogSnapshot expected = RenderedOperations.apply(online, changes);
		assertThat(RenderedOperations.applyOffline(offline, changes)).isEqualTo(expected);
		String query = "SELECT o.email, t.title, t.due FROM owners o LEFT JOIN todos t ON t.owner_id = o.id ORDER BY o.id";
		assertThat(RenderedOperations.rows(offline, query)).isEqualTo(RenderedOperations.rows(online, query))
			.hasSize(2);
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void bindsParametersAsTheOfflineLiteralsWriteThem(TestDatabase online, TestDatabase offline) {
		Consumer<Operations> changes = (op) -> {
			op.createTable("values_kept", column("id", integer()), column("u", uuid()), column("at", timestampWithTimeZone()),
					column("kind", varchar(20)), column("bytes", binary(4)), column("j", json()),
					column("mood", enumType("feeling", "sad", "happy")));
			op.bulkInsert("values_kept", List.of(Map.of("id", 1, "u", UUID.fromString("0b6c5a8e-4f3e-4b7a-9a55-3d1f0b2c9e10"),
					"at", Instant.parse("2026-11-21T10:15:30.5Z"), "kind", ReferentialAction.SET_NULL,
					"bytes", new byte[] { 1, 2, (byte) 0xfe }, "j", "{\"a\": 1}", "mood", "happy")));
		};
		RenderedOperations.apply(online, changes);
		RenderedOperations.applyOffline(offline, changes);
		String query = "SELECT id, u, at, kind, bytes, j, mood FROM values_kept";
		assertThat(RenderedOperations.rows(offline, query)).isEqualTo(RenderedOperations.rows(online, query))
			.singleElement()
			.satisfies((row) -> assertThat(row.get(3)).isEqualTo("SET_NULL"));
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.POSTGRESQL, TestDatabaseKind.MARIADB })
	void upgradeDowngradeAndUpgradeAgainGiveTheSameCatalog(TestDatabase database) {
		Consumer<Operations> upgrade = OWNERS_AND_TODOS.andThen((op) -> {
			op.createIndex("ix_todos_due", "todos", "due");
			op.addColumn("owners", column("name", varchar(50)));
		});
		Consumer<Operations> downgrade = (op) -> {
			op.dropColumn("owners", "name");
			op.dropIndex("ix_todos_due", "todos");
			op.dropTable("todos");
			op.dropTable("owners");
		};
		CatalogSnapshot first = RenderedOperations.apply(database, upgrade);
		assertThat(RenderedOperations.apply(database, downgrade).tables()).isEmpty();
		assertThat(RenderedOperations.apply(database, upgrade)).isEqualTo(first);
	}

	@DatabaseTest({ TestDatabaseKind.H2, TestDatabaseKind.MARIADB })
	void refusesPartialIndexesWhereTheDatabaseHasNone(TestDatabase database) {
		RenderedOperations.apply(database, OWNERS_AND_TODOS);
		String name = RenderedOperations.dialect(database).displayName();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> RenderedOperations.apply(database,
					(op) -> op.createIndex(index("ix_open", "todos", "due").where("NOT done"))))
			.withMessage(name + " cannot create index ix_open on todos: it has no partial indexes (WHERE NOT done)");
	}

	private static Map<String, Object> row(Object id, Object body, Object amount) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", id);
		row.put("body", body);
		row.put("amount", amount);
		return row;
	}

}
