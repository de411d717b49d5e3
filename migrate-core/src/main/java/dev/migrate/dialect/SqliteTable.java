package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import dev.migrate.ops.Column;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.DefaultValue;
import dev.migrate.ops.Index;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Table;

/**
 * A table as SQLite holds it: what a rebuild writes anew, read from the catalog
 * ({@link SqliteTableReader}) or made by earlier operations of an offline run
 * ({@link SqliteOfflineTables}). Each {@code with} method returns the table after one change.
 *
 * @param name the table's name
 * @param columns the columns, in order
 * @param primaryKey the primary key, if any
 * @param autoincrement whether the single-column integer primary key was declared
 * {@code AUTOINCREMENT} (so that SQLite never reuses a key)
 * @param constraints the unique constraints, checks and foreign keys
 * @param indexes the indexes made with {@code CREATE INDEX}
 * @param triggers the {@code CREATE TRIGGER} statements of the table, which a rebuild runs again
 * @param options what follows the column list, such as {@code WITHOUT ROWID} or {@code STRICT}
 */
record SqliteTable(String name, List<SqliteColumn> columns, Optional<Constraint.PrimaryKey> primaryKey,
		boolean autoincrement, List<Constraint> constraints, List<SqliteIndex> indexes, List<String> triggers,
		String options) {

	SqliteTable {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
		Objects.requireNonNull(primaryKey, "primaryKey");
		constraints = List.copyOf(constraints);
		indexes = List.copyOf(indexes);
		triggers = List.copyOf(triggers);
		Objects.requireNonNull(options, "options");
	}

	/**
	 * Returns the table that {@code CREATE TABLE} makes of an operation's table.
	 */
	static SqliteTable of(Table table, Dialect dialect) {
		List<SqliteColumn> columns = new ArrayList<>();
		List<String> keyColumns = new ArrayList<>();
		for (Column column : table.columns()) {
			columns.add(column(column, dialect));
			if (column.primaryKey()) {
				keyColumns.add(column.name());
			}
			if (column.autoIncrement() && !column.primaryKey()) {
				throw notGenerated(table.name(), column.name());
			}
		}
		Optional<Constraint.PrimaryKey> primaryKey = keyColumns.isEmpty() ? Optional.empty()
				: Optional.of(new Constraint.PrimaryKey(Optional.empty(), keyColumns));
		List<Constraint> constraints = new ArrayList<>();
		for (Constraint constraint : table.constraints()) {
			if (constraint instanceof Constraint.PrimaryKey key) {
				if (primaryKey.isPresent()) {
					throw new IllegalArgumentException("Table " + table.name()
							+ " declares its primary key twice: on columns and as a constraint");
				}
				primaryKey = Optional.of(key);
			}
			else {
				constraints.add(constraint);
			}
		}
		if (table.columns().stream().anyMatch(Column::autoIncrement)
				&& primaryKey.map((key) -> key.columns().size() != 1).orElse(true)) {
			Column generated = table.columns().stream().filter(Column::autoIncrement).findFirst().orElseThrow();
			throw notGenerated(table.name(), generated.name());
		}
		boolean autoincrement = table.columns().stream().anyMatch(Column::autoIncrement);
		return new SqliteTable(table.name(), columns, primaryKey, autoincrement, constraints, List.of(), List.of(), "");
	}

	/**
	 * Returns the column of an operation as SQLite declares it.
	 */
	static SqliteColumn column(Column column, Dialect dialect) {
		String type = column.autoIncrement() ? "INTEGER" : SqliteTypes.sqlType(column.type());
		return new SqliteColumn(column.name(), type, column.nullable(), column.defaultValue().map((value) -> sql(value, dialect)),
				Optional.empty(), enumChecks(dialect, column.name(), column.type()));
	}

	/**
	 * Returns a server default as an SQL expression.
	 */
	static String sql(DefaultValue value, Dialect dialect) {
		if (value instanceof DefaultValue.Literal literal) {
			return SqliteLiterals.literal(dialect, literal.value());
		}
		return ((DefaultValue.Expression) value).sql();
	}

	private static List<Constraint.Check> enumChecks(Dialect dialect, String column, ColumnType type) {
		return SqliteTypes.enumCheck(dialect, column, type)
			.map((condition) -> List.of(new Constraint.Check(Optional.empty(), condition)))
			.orElse(List.of());
	}

	private static UnsupportedOperationException notGenerated(String table, String column) {
		return new UnsupportedOperationException("SQLite generates the values of column " + column + " of table "
				+ table + " only if it is the table's whole primary key: make it the single primary key column");
	}

	/**
	 * Returns the column of a name, compared ignoring case as SQLite does.
	 */
	Optional<SqliteColumn> column(String column) {
		return this.columns.stream().filter((each) -> each.name().equalsIgnoreCase(column)).findFirst();
	}

	/**
	 * Returns the column of a name, or fails naming the table and the column.
	 */
	SqliteColumn requireColumn(String column) {
		return column(column).orElseThrow(() -> new IllegalArgumentException(
				"Table " + this.name + " has no column " + column + " (it has " + columnNames() + ")"));
	}

	/**
	 * Returns the names of the columns, in order.
	 */
	List<String> columnNames() {
		return this.columns.stream().map(SqliteColumn::name).toList();
	}

	/**
	 * Describes what uses a column besides its own definition: the primary key, constraints and
	 * indexes, which SQLite's {@code DROP COLUMN} refuses.
	 */
	List<String> usesOf(String column) {
		List<String> uses = new ArrayList<>();
		if (this.primaryKey.map((key) -> containsName(key.columns(), column)).orElse(false)) {
			uses.add("the primary key");
		}
		for (Constraint constraint : this.constraints) {
			if (constraintUses(constraint, column)) {
				uses.add(describe(constraint));
			}
		}
		for (SqliteIndex index : this.indexes) {
			if (index.uses(column)) {
				uses.add("index " + index.name());
			}
		}
		// a column's own checks go with it; those of other columns may not name it
		for (SqliteColumn other : this.columns) {
			if (!other.name().equalsIgnoreCase(column) && other.checks().stream()
				.anyMatch((check) -> SqliteTokens.mentions(check.condition(), column))) {
				uses.add("the check constraint of column " + other.name());
			}
		}
		return uses;
	}

	/**
	 * Returns this table after an operation on it: a column added, dropped or changed, a
	 * constraint or an index created or dropped. Other operations leave it as it is.
	 */
	SqliteTable changedBy(Operation operation, Dialect dialect) {
		if (operation instanceof Operation.AddColumn add) {
			return withColumnAdded(add.column(), dialect);
		}
		if (operation instanceof Operation.DropColumn drop) {
			return withColumnDropped(drop.column());
		}
		if (operation instanceof Operation.AlterColumn alter) {
			return withColumnAltered(alter, dialect);
		}
		if (operation instanceof Operation.CreateConstraint create) {
			return withConstraint(create.constraint());
		}
		if (operation instanceof Operation.DropConstraint drop) {
			return withoutConstraint(drop.name(), drop.kind());
		}
		if (operation instanceof Operation.CreateIndex create) {
			return withIndex(create.index());
		}
		if (operation instanceof Operation.DropIndex drop) {
			return withoutIndex(drop.name());
		}
		return this;
	}

	SqliteTable withColumnAdded(Column column, Dialect dialect) {
		if (column(column.name()).isPresent()) {
			throw new IllegalArgumentException("Table " + this.name + " already has a column " + column.name());
		}
		List<SqliteColumn> added = new ArrayList<>(this.columns);
		added.add(column(column, dialect));
		Optional<Constraint.PrimaryKey> key = this.primaryKey;
		if (column.primaryKey()) {
			if (key.isPresent()) {
				throw new IllegalArgumentException("Table " + this.name + " already has a primary key; column "
						+ column.name() + " cannot be a second one");
			}
			key = Optional.of(new Constraint.PrimaryKey(Optional.empty(), List.of(column.name())));
		}
		else if (column.autoIncrement()) {
			throw notGenerated(this.name, column.name());
		}
		return new SqliteTable(this.name, added, key, this.autoincrement || column.autoIncrement(), this.constraints,
				this.indexes, this.triggers, this.options);
	}

	SqliteTable withColumnDropped(String column) {
		SqliteColumn dropped = requireColumn(column);
		if (this.columns.size() == 1) {
			throw new UnsupportedOperationException("Column " + column + " is the only column of table " + this.name
					+ "; drop the table instead");
		}
		List<SqliteColumn> kept = new ArrayList<>();
		for (SqliteColumn each : this.columns) {
			if (each != dropped) {
				kept.add(each.withChecks(each.checks().stream()
					.filter((check) -> !SqliteTokens.mentions(check.condition(), column))
					.toList()));
			}
		}
		Optional<Constraint.PrimaryKey> key = this.primaryKey
			.filter((each) -> !containsName(each.columns(), column));
		List<Constraint> constraints = this.constraints.stream()
			.filter((constraint) -> !constraintUses(constraint, column))
			.toList();
		List<SqliteIndex> indexes = this.indexes.stream().filter((index) -> !index.uses(column)).toList();
		return new SqliteTable(this.name, kept, key, this.autoincrement && key.isPresent(), constraints, indexes,
				this.triggers, this.options);
	}

	SqliteTable withColumnAltered(Operation.AlterColumn change, Dialect dialect) {
		SqliteColumn column = requireColumn(change.column());
		SqliteColumn altered = column;
		if (change.type().isPresent()) {
			ColumnType type = change.type().get();
			// checks written with the column belong to its old type (an enum's values)
			altered = altered.withType(SqliteTypes.sqlType(type), enumChecks(dialect, column.name(), type));
		}
		if (change.nullable().isPresent()) {
			altered = altered.withNullable(change.nullable().get());
		}
		if (change.defaultChange().isPresent()) {
			altered = altered.withDefault(change.defaultChange().get().value().map((value) -> sql(value, dialect)));
		}
		SqliteTable table = replaceColumn(column, altered);
		boolean key = this.primaryKey.map((each) -> each.columns().size() == 1
				&& each.columns().get(0).equalsIgnoreCase(column.name())).orElse(false);
		if (this.autoincrement && key && !altered.type().equalsIgnoreCase("INTEGER")) {
			// only an INTEGER PRIMARY KEY can be AUTOINCREMENT
			table = new SqliteTable(this.name, table.columns, this.primaryKey, false, this.constraints, this.indexes,
					this.triggers, this.options);
		}
		if (change.newName().isPresent()) {
			table = table.withColumnRenamed(column.name(), change.newName().get(), dialect);
		}
		return table;
	}

	SqliteTable withColumnRenamed(String from, String to, Dialect dialect) {
		SqliteColumn column = requireColumn(from);
		if (!from.equalsIgnoreCase(to) && column(to).isPresent()) {
			throw new IllegalArgumentException("Table " + this.name + " already has a column " + to);
		}
		String quoted = dialect.identifier(to);
		UnaryOperator<List<String>> rename = (names) -> names.stream()
			.map((each) -> each.equalsIgnoreCase(from) ? to : each)
			.toList();
		SqliteColumn renamed = column.withName(to).withChecks(column.checks().stream()
			.map((check) -> new Constraint.Check(check.name(), SqliteTokens.renameIdentifier(check.condition(), from, quoted)))
			.toList());
		List<SqliteColumn> columns = this.columns.stream().map((each) -> (each == column) ? renamed : each).toList();
		Optional<Constraint.PrimaryKey> key = this.primaryKey
			.map((each) -> new Constraint.PrimaryKey(each.name(), rename.apply(each.columns())));
		List<Constraint> constraints = new ArrayList<>();
		for (Constraint constraint : this.constraints) {
			if (constraint instanceof Constraint.Unique unique) {
				constraints.add(new Constraint.Unique(unique.name(), rename.apply(unique.columns())));
			}
			else if (constraint instanceof Constraint.Check check) {
				constraints.add(new Constraint.Check(check.name(),
						SqliteTokens.renameIdentifier(check.condition(), from, quoted)));
			}
			else {
				Constraint.ForeignKey key2 = (Constraint.ForeignKey) constraint;
				boolean self = key2.referencedTable().equalsIgnoreCase(this.name);
				constraints.add(new Constraint.ForeignKey(key2.name(), rename.apply(key2.columns()),
						key2.referencedTable(), self ? rename.apply(key2.referencedColumns()) : key2.referencedColumns(),
						key2.onDelete(), key2.onUpdate()));
			}
		}
		List<SqliteIndex> indexes = this.indexes.stream()
			.map((index) -> new SqliteIndex(index.name(), rename.apply(index.columns()), index.unique(),
					index.where().map((condition) -> SqliteTokens.renameIdentifier(condition, from, quoted)),
					index.verbatim().map((sql) -> SqliteTokens.renameIdentifier(sql, from, quoted))))
			.toList();
		return new SqliteTable(this.name, columns, key, this.autoincrement, constraints, indexes, this.triggers,
				this.options);
	}

	SqliteTable withConstraint(Constraint constraint) {
		if (constraint instanceof Constraint.PrimaryKey key) {
			if (this.primaryKey.isPresent()) {
				throw new IllegalArgumentException("Table " + this.name + " already has a primary key; drop it first");
			}
			key.columns().forEach(this::requireColumn);
			List<SqliteColumn> columns = this.columns.stream()
				.map((each) -> containsName(key.columns(), each.name()) ? each.withNullable(false) : each)
				.toList();
			return new SqliteTable(this.name, columns, Optional.of(key), false, this.constraints, this.indexes,
					this.triggers, this.options);
		}
		constraint.name().ifPresent((name) -> {
			if (findConstraint(name, (each) -> true).isPresent()) {
				throw new IllegalArgumentException("Table " + this.name + " already has a constraint " + name);
			}
		});
		if (constraint instanceof Constraint.Unique unique) {
			unique.columns().forEach(this::requireColumn);
		}
		else if (constraint instanceof Constraint.ForeignKey key) {
			key.columns().forEach(this::requireColumn);
		}
		List<Constraint> constraints = new ArrayList<>(this.constraints);
		constraints.add(constraint);
		return new SqliteTable(this.name, this.columns, this.primaryKey, this.autoincrement, constraints, this.indexes,
				this.triggers, this.options);
	}

	SqliteTable withoutConstraint(String constraintName, Operation.ConstraintKind kind) {
		if (kind == Operation.ConstraintKind.PRIMARY_KEY) {
			this.primaryKey.filter((each) -> each.name().map(constraintName::equalsIgnoreCase).orElse(true))
				.orElseThrow(() -> missingConstraint(constraintName, kind));
			// the key's columns stay not null, as they do when other databases drop a key
			return new SqliteTable(this.name, this.columns, Optional.empty(), false, this.constraints, this.indexes,
					this.triggers, this.options);
		}
		Class<? extends Constraint> type = switch (kind) {
			case UNIQUE -> Constraint.Unique.class;
			case CHECK -> Constraint.Check.class;
			default -> Constraint.ForeignKey.class;
		};
		Constraint dropped = findConstraint(constraintName, type::isInstance).orElse(null);
		if (dropped != null) {
			List<Constraint> constraints = new ArrayList<>(this.constraints);
			constraints.remove(dropped);
			return new SqliteTable(this.name, this.columns, this.primaryKey, this.autoincrement, constraints,
					this.indexes, this.triggers, this.options);
		}
		if (kind == Operation.ConstraintKind.CHECK) {
			for (SqliteColumn column : this.columns) {
				List<Constraint.Check> kept = column.checks().stream()
					.filter((check) -> !check.name().map(constraintName::equalsIgnoreCase).orElse(false))
					.toList();
				if (kept.size() != column.checks().size()) {
					return replaceColumn(column, column.withChecks(kept));
				}
			}
		}
		throw missingConstraint(constraintName, kind);
	}

	SqliteTable withIndex(Index index) {
		if (this.indexes.stream().anyMatch((each) -> each.name().equalsIgnoreCase(index.name()))) {
			throw new IllegalArgumentException("Table " + this.name + " already has an index " + index.name());
		}
		index.columns().forEach(this::requireColumn);
		List<SqliteIndex> indexes = new ArrayList<>(this.indexes);
		indexes.add(new SqliteIndex(index.name(), index.columns(), index.unique(), index.where(), Optional.empty()));
		return new SqliteTable(this.name, this.columns, this.primaryKey, this.autoincrement, this.constraints, indexes,
				this.triggers, this.options);
	}

	SqliteTable withoutIndex(String indexName) {
		List<SqliteIndex> indexes = this.indexes.stream()
			.filter((each) -> !each.name().equalsIgnoreCase(indexName))
			.toList();
		if (indexes.size() == this.indexes.size()) {
			throw new IllegalArgumentException("Table " + this.name + " has no index " + indexName);
		}
		return new SqliteTable(this.name, this.columns, this.primaryKey, this.autoincrement, this.constraints, indexes,
				this.triggers, this.options);
	}

	/**
	 * Returns this table under a new name; its foreign keys to itself follow it.
	 */
	SqliteTable renamed(String newName) {
		return new SqliteTable(newName, this.columns, this.primaryKey, this.autoincrement, this.constraints,
				this.indexes, this.triggers, this.options).withReferencedTableRenamed(this.name, newName);
	}

	/**
	 * Returns this table with its foreign keys to a renamed table following it, as SQLite's
	 * {@code ALTER TABLE ... RENAME TO} rewrites them.
	 */
	SqliteTable withReferencedTableRenamed(String from, String to) {
		return withForeignKeys((key) -> key.referencedTable().equalsIgnoreCase(from)
				? new Constraint.ForeignKey(key.name(), key.columns(), to, key.referencedColumns(), key.onDelete(),
						key.onUpdate())
				: key);
	}

	/**
	 * Returns this table with its foreign keys to a renamed column following it, as SQLite's
	 * {@code RENAME COLUMN} rewrites them.
	 */
	SqliteTable withReferencedColumnRenamed(String table, String from, String to) {
		return withForeignKeys((key) -> key.referencedTable().equalsIgnoreCase(table)
				? new Constraint.ForeignKey(key.name(), key.columns(), key.referencedTable(),
						key.referencedColumns().stream().map((each) -> each.equalsIgnoreCase(from) ? to : each).toList(),
						key.onDelete(), key.onUpdate())
				: key);
	}

	/**
	 * Tells whether a foreign key of this table references a table.
	 */
	boolean references(String table) {
		return this.constraints.stream()
			.anyMatch((each) -> each instanceof Constraint.ForeignKey key && key.referencedTable().equalsIgnoreCase(table));
	}

	private SqliteTable withForeignKeys(UnaryOperator<Constraint.ForeignKey> change) {
		List<Constraint> constraints = this.constraints.stream()
			.map((each) -> (each instanceof Constraint.ForeignKey key) ? (Constraint) change.apply(key) : each)
			.toList();
		return new SqliteTable(this.name, this.columns, this.primaryKey, this.autoincrement, constraints, this.indexes,
				this.triggers, this.options);
	}

	private SqliteTable replaceColumn(SqliteColumn column, SqliteColumn replacement) {
		List<SqliteColumn> columns = this.columns.stream().map((each) -> (each == column) ? replacement : each).toList();
		return new SqliteTable(this.name, columns, this.primaryKey, this.autoincrement, this.constraints, this.indexes,
				this.triggers, this.options);
	}

	private Optional<Constraint> findConstraint(String constraintName, Predicate<Constraint> kind) {
		return this.constraints.stream()
			.filter(kind)
			.filter((each) -> each.name().map(constraintName::equalsIgnoreCase).orElse(false))
			.findFirst();
	}

	private IllegalArgumentException missingConstraint(String constraintName, Operation.ConstraintKind kind) {
		return new IllegalArgumentException("Table " + this.name + " has no " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
				+ " constraint named " + constraintName);
	}

	private boolean constraintUses(Constraint constraint, String column) {
		if (constraint instanceof Constraint.Unique unique) {
			return containsName(unique.columns(), column);
		}
		if (constraint instanceof Constraint.Check check) {
			return SqliteTokens.mentions(check.condition(), column);
		}
		if (constraint instanceof Constraint.ForeignKey key) {
			return containsName(key.columns(), column);
		}
		return false;
	}

	private static String describe(Constraint constraint) {
		String kind = (constraint instanceof Constraint.Unique) ? "unique constraint"
				: (constraint instanceof Constraint.Check) ? "check constraint" : "foreign key";
		return constraint.name().map((name) -> kind + " " + name).orElse("an unnamed " + kind);
	}

	private static boolean containsName(List<String> names, String name) {
		return names.stream().anyMatch(name::equalsIgnoreCase);
	}

}
