package dev.migrate.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a database's catalog says about the tables, sequences and enum types of one schema, as
 * comparable immutable values: read it after two routes to the same schema (an upgrade, and a
 * downgrade to base and an upgrade again; online, and the offline script run by the database)
 * and the snapshots are equal when the schemas are.
 *
 * <p>Names are kept as the database reports them (H2 folds unquoted names to upper case;
 * {@link #table(String)} and {@link Table#column(String)} find them ignoring case). Everything
 * is in a stable order: tables, constraints and indexes by name (then by columns), columns in
 * their position in the table. Names the database generates for unnamed constraints are
 * dropped where they are not stable (H2's {@code CONSTRAINT_xx}, MariaDB's {@code CONSTRAINT_n}
 * checks and its always-{@code PRIMARY} primary keys); PostgreSQL's and MariaDB's derived names
 * (such as {@code todos_pkey}, {@code todos_ibfk_1}) are stable and kept. Types are each
 * database's own spelling, in lower case: {@code character varying(20)} on PostgreSQL,
 * {@code varchar(20)} on MariaDB and H2, the declared type on SQLite. Migrate's own tables
 * ({@code migrate_version}, {@code migrate_history}, {@code alembic_version} and H2's lock tables
 * beside them) are left out; {@link #read(Connection, Predicate)} chooses other tables to leave
 * out.
 *
 * <p>Per database: SQLite records no names of constraints outside the table's SQL, so its
 * names of checks, unique constraints and foreign keys are read from the {@code CREATE TABLE}
 * text; MariaDB does not tell a unique index from a unique constraint, so both lists show it;
 * MariaDB and MySQL treat {@code RESTRICT} as {@code NO ACTION}, which is how they are shown.
 *
 * @param tables the tables, by name
 * @param sequences the sequences (not those behind identity or serial columns), by name
 * @param enumTypes PostgreSQL's enum types of the schema, by name; empty elsewhere
 */
public record CatalogSnapshot(List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {

	/** The tables of migrate (and Alembic) that a snapshot leaves out, in lower case. */
	public static final Set<String> MIGRATE_TABLES = Set.of("migrate_version", "migrate_history",
			"migrate_version_lock", "alembic_version", "alembic_version_lock");

	/**
	 * Sorts and copies the parts.
	 */
	public CatalogSnapshot {
		tables = sorted(tables, Comparator.comparing(Table::name));
		sequences = sorted(sequences, Comparator.comparing(Sequence::name));
		enumTypes = sorted(enumTypes, Comparator.comparing(EnumType::name));
	}

	/**
	 * Reads the catalog of a test database's schema.
	 * @param database the database
	 * @return the snapshot
	 */
	public static CatalogSnapshot of(TestDatabase database) {
		try (Connection connection = database.getConnection()) {
			return read(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the catalog of " + database + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads the catalog of the connection's current schema (PostgreSQL, H2), database (MariaDB,
	 * MySQL) or main database (SQLite), without migrate's own tables.
	 * @param connection the connection
	 * @return the snapshot
	 * @throws SQLException if the catalog cannot be read
	 */
	public static CatalogSnapshot read(Connection connection) throws SQLException {
		return read(connection, (table) -> !MIGRATE_TABLES.contains(table.toLowerCase(Locale.ROOT)));
	}

	/**
	 * Reads the catalog of the connection's current schema, keeping the tables a filter accepts.
	 * @param connection the connection
	 * @param tableFilter accepts the names of the tables to read
	 * @return the snapshot
	 * @throws SQLException if the catalog cannot be read
	 */
	public static CatalogSnapshot read(Connection connection, Predicate<String> tableFilter) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		CatalogReader reader = switch (product) {
			case "postgresql" -> new PostgresCatalogReader();
			case "mariadb", "mysql" -> new MariaDbCatalogReader();
			case "h2" -> new H2CatalogReader();
			case "sqlite" -> new SqliteCatalogReader();
			default -> throw new IllegalArgumentException("No catalog reader for " + product);
		};
		return reader.read(connection, tableFilter);
	}

	/**
	 * Returns a table by name: the one of exactly that name, else one whose name differs only
	 * in case.
	 * @param name the table's name
	 * @return the table, if the schema has it
	 */
	public Optional<Table> table(String name) {
		return byName(this.tables, Table::name, name);
	}

	/**
	 * Returns the names of the tables.
	 * @return the names, in order
	 */
	public List<String> tableNames() {
		return this.tables.stream().map(Table::name).toList();
	}

	/**
	 * A table.
	 *
	 * @param name its name
	 * @param comment its comment, if any
	 * @param columns its columns, in their position
	 * @param primaryKey its primary key, if any
	 * @param uniques its unique constraints
	 * @param checks its check constraints
	 * @param foreignKeys its foreign keys
	 * @param indexes its indexes, without those the database made for a primary key, a unique
	 * constraint or a foreign key
	 */
	public record Table(String name, Optional<String> comment, List<Column> columns, Optional<PrimaryKey> primaryKey,
			List<Unique> uniques, List<Check> checks, List<ForeignKey> foreignKeys, List<Index> indexes) {

		/**
		 * Sorts and copies the parts.
		 */
		public Table {
			Objects.requireNonNull(name, "name");
			comment = comment.filter((text) -> !text.isEmpty());
			columns = List.copyOf(columns);
			uniques = sorted(uniques, Comparator.comparing((Unique each) -> each.name().orElse(""))
				.thenComparing((each) -> each.columns().toString()));
			checks = sorted(checks, Comparator.comparing((Check each) -> each.name().orElse(""))
				.thenComparing(Check::condition));
			foreignKeys = sorted(foreignKeys, Comparator.comparing((ForeignKey each) -> each.name().orElse(""))
				.thenComparing((each) -> each.columns().toString())
				.thenComparing(ForeignKey::referencedTable));
			indexes = sorted(indexes, Comparator.comparing(Index::name));
		}

		/**
		 * Returns a column by name, as {@link CatalogSnapshot#table(String)} finds tables.
		 * @param column the column's name
		 * @return the column, if the table has it
		 */
		public Optional<Column> column(String column) {
			return byName(this.columns, Column::name, column);
		}

		/**
		 * Returns the names of the columns.
		 * @return the names, in their position
		 */
		public List<String> columnNames() {
			return this.columns.stream().map(Column::name).toList();
		}

		/**
		 * Returns an index by name, ignoring case.
		 * @param index the index's name
		 * @return the index, if the table has it
		 */
		public Optional<Index> index(String index) {
			return byName(this.indexes, Index::name, index);
		}

	}

	/**
	 * A column.
	 *
	 * @param name its name
	 * @param type its type in the database's spelling, lower case
	 * @param nullable whether it accepts nulls
	 * @param defaultValue its server default as the database reports it, if any
	 * @param generated whether the database generates its values (identity, auto-increment)
	 * @param comment its comment, if any
	 */
	public record Column(String name, String type, boolean nullable, Optional<String> defaultValue, boolean generated,
			Optional<String> comment) {

		/**
		 * Normalises the parts.
		 */
		public Column {
			Objects.requireNonNull(name, "name");
			type = type.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			defaultValue = defaultValue.map(String::strip).filter((text) -> !text.isEmpty());
			comment = comment.filter((text) -> !text.isEmpty());
		}

	}

	/**
	 * A primary key.
	 *
	 * @param name its name, where the database keeps a stable one
	 * @param columns its columns, in order
	 */
	public record PrimaryKey(Optional<String> name, List<String> columns) {

		/**
		 * Copies the columns.
		 */
		public PrimaryKey {
			Objects.requireNonNull(name, "name");
			columns = List.copyOf(columns);
		}

	}

	/**
	 * A unique constraint.
	 *
	 * @param name its name, where the database keeps a stable one
	 * @param columns its columns, in order
	 */
	public record Unique(Optional<String> name, List<String> columns) {

		/**
		 * Copies the columns.
		 */
		public Unique {
			Objects.requireNonNull(name, "name");
			columns = List.copyOf(columns);
		}

	}

	/**
	 * A check constraint.
	 *
	 * @param name its name, where the database keeps a stable one
	 * @param condition its condition as the database reports it
	 */
	public record Check(Optional<String> name, String condition) {

		/**
		 * Normalises the condition's white space.
		 */
		public Check {
			Objects.requireNonNull(name, "name");
			condition = condition.strip().replaceAll("\\s+", " ");
		}

	}

	/**
	 * A foreign key.
	 *
	 * @param name its name, where the database keeps a stable one
	 * @param columns the referencing columns, in order
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns, in order
	 * @param onDelete the action on delete: {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE},
	 * {@code SET NULL} or {@code SET DEFAULT}
	 * @param onUpdate the action on update, as {@code onDelete}
	 */
	public record ForeignKey(Optional<String> name, List<String> columns, String referencedTable,
			List<String> referencedColumns, String onDelete, String onUpdate) {

		/**
		 * Copies the columns.
		 */
		public ForeignKey {
			Objects.requireNonNull(name, "name");
			columns = List.copyOf(columns);
			referencedColumns = List.copyOf(referencedColumns);
		}

	}

	/**
	 * An index.
	 *
	 * @param name its name
	 * @param columns its columns (or expressions), in order
	 * @param unique whether it enforces unique values
	 * @param where the condition of a partial index, where the database reports it
	 */
	public record Index(String name, List<String> columns, boolean unique, Optional<String> where) {

		/**
		 * Copies the columns.
		 */
		public Index {
			Objects.requireNonNull(name, "name");
			columns = List.copyOf(columns);
			where = where.map((text) -> text.strip().replaceAll("\\s+", " ")).filter((text) -> !text.isEmpty());
		}

	}

	/**
	 * A sequence.
	 *
	 * @param name its name
	 * @param start its first value
	 * @param increment its step
	 */
	public record Sequence(String name, long start, long increment) {

	}

	/**
	 * A PostgreSQL enum type.
	 *
	 * @param name its name
	 * @param values its values, in their order
	 */
	public record EnumType(String name, List<String> values) {

		/**
		 * Copies the values.
		 */
		public EnumType {
			values = List.copyOf(values);
		}

	}

	private static <T> List<T> sorted(List<T> values, Comparator<? super T> order) {
		return values.stream().sorted(order).toList();
	}

	private static <T> Optional<T> byName(List<T> values, java.util.function.Function<T, String> name, String wanted) {
		Optional<T> exact = values.stream().filter((each) -> name.apply(each).equals(wanted)).findFirst();
		return exact.isPresent() ? exact
				: values.stream().filter((each) -> name.apply(each).equalsIgnoreCase(wanted)).findFirst();
	}

}
