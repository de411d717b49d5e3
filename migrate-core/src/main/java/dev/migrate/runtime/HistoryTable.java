package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.AtomicBatch;
import dev.migrate.dialect.TableName;

/**
 * The history table: an append-only log with a row for every step a run made or failed, saying
 * which revision, which way, the script's checksum, who, when, for how long, and the error of a
 * failure.
 *
 * <p>Messages and errors longer than {@value #MAX_TEXT} characters are cut to that length.
 */
public final class HistoryTable {

	/** The longest message or error the table keeps. */
	public static final int MAX_TEXT = 4000;

	/** The longest name {@code installed_by} keeps. */
	private static final int MAX_INSTALLED_BY = 128;

	private static final String COLUMNS = "revision, direction, message, checksum, installed_by, started_at,"
			+ " duration_ms, success, error_message";

	private final Dialect dialect;

	private final TableName table;

	private final String insert;

	/**
	 * Creates the history table of a database.
	 * @param dialect the database's dialect
	 * @param table the table's name
	 */
	public HistoryTable(Dialect dialect, TableName table) {
		this.dialect = Objects.requireNonNull(dialect, "dialect");
		this.table = Objects.requireNonNull(table, "table");
		this.insert = "INSERT INTO " + dialect.tableName(table) + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
	}

	/**
	 * Returns the table's name.
	 * @return the name
	 */
	public TableName table() {
		return this.table;
	}

	/**
	 * Tells whether the table exists. On PostgreSQL a missing table fails the open transaction:
	 * ask in auto-commit mode.
	 * @param connection the connection
	 * @return whether it exists
	 * @throws DatabaseAccessException if the database fails otherwise
	 */
	public boolean exists(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT id FROM " + this.dialect.tableName(this.table)
						+ " WHERE 1 = 0")) {
			return true;
		}
		catch (SQLException ex) {
			if (this.dialect.isMissingTable(ex)) {
				return false;
			}
			throw new DatabaseAccessException("Could not read history table " + this.table, ex);
		}
	}

	/**
	 * Creates the table.
	 * @param connection the connection
	 * @throws DatabaseAccessException if the table cannot be created, for example because it
	 * exists
	 */
	public void create(Connection connection) {
		try (Statement statement = connection.createStatement()) {
			statement.execute(createSql());
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not create history table " + this.table, ex);
		}
	}

	/**
	 * Creates the table unless it exists.
	 * @param connection the connection, in auto-commit mode on PostgreSQL
	 * @return whether the table was created
	 * @throws DatabaseAccessException if the table cannot be read or created
	 */
	public boolean createIfMissing(Connection connection) {
		if (exists(connection)) {
			return false;
		}
		create(connection);
		return true;
	}

	/**
	 * Returns the {@code CREATE TABLE} statement, for offline scripts.
	 * @return the statement, without a delimiter
	 */
	public String createSql() {
		return this.dialect.createHistoryTable(this.table);
	}

	/**
	 * Appends a row.
	 * @param connection the connection
	 * @param record the row
	 * @throws DatabaseAccessException if the row cannot be written
	 */
	public void append(Connection connection, HistoryRecord record) {
		try (Writer writer = writer(connection)) {
			writer.append(record);
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not write to history table " + this.table, ex);
		}
	}

	/**
	 * Reads the latest rows, newest first.
	 * @param connection the connection
	 * @param limit how many rows to read at most
	 * @return the rows; empty when the table does not exist
	 * @throws DatabaseAccessException if the table cannot be read
	 */
	public List<HistoryEntry> recent(Connection connection, int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException("The limit must not be negative: " + limit);
		}
		String query = "SELECT id, " + COLUMNS + " FROM " + this.dialect.tableName(this.table) + " ORDER BY id DESC"
				+ " LIMIT " + limit;
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			List<HistoryEntry> entries = new ArrayList<>();
			while (result.next()) {
				entries.add(entry(result));
			}
			return List.copyOf(entries);
		}
		catch (SQLException ex) {
			if (this.dialect.isMissingTable(ex)) {
				return List.of();
			}
			throw new DatabaseAccessException("Could not read history table " + this.table, ex);
		}
	}

	private HistoryEntry entry(ResultSet result) throws SQLException {
		String error = result.getString(10);
		HistoryRecord record = new HistoryRecord(result.getString(2), direction(result.getString(3)),
				text(result.getString(4)), Optional.ofNullable(result.getString(5)), text(result.getString(6)),
				this.dialect.getTimestamp(result, 7), Duration.ofMillis(result.getLong(8)),
				result.getBoolean(9) ? Optional.empty() : Optional.of(text(error)));
		return new HistoryEntry(result.getLong(1), record);
	}

	private StepDirection direction(String value) {
		for (StepDirection direction : StepDirection.values()) {
			if (columnValue(direction).equals(value)) {
				return direction;
			}
		}
		throw new MigrateException("History table " + this.table + " has a row with direction '" + value
				+ "'; migrate writes only upgrade, downgrade and stamp");
	}

	/**
	 * Returns how the direction column spells a direction: {@code upgrade}, {@code downgrade} or
	 * {@code stamp}.
	 */
	static String columnValue(StepDirection direction) {
		return direction.name().toLowerCase(Locale.ROOT);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	/**
	 * Returns the insert of a row with literal values, for an atomic batch that sends it with the
	 * step's statements and lets the database measure the step's duration.
	 * @param record the row; its duration is ignored
	 * @param batch the database's atomic batch statements
	 * @param revision the expression of the row's revision
	 * @return the statement
	 */
	String insertSql(HistoryRecord record, AtomicBatch batch, String revision) {
		return "INSERT INTO " + this.dialect.tableName(this.table) + " (" + COLUMNS + ") VALUES ("
				+ revision + ", " + literal(columnValue(record.direction())) + ", "
				+ literal(cut(record.message(), MAX_TEXT)) + ", "
				+ record.checksum().map(this::literal).orElse("NULL") + ", "
				+ literal(cut(record.installedBy(), MAX_INSTALLED_BY)) + ", "
				+ batch.timestampLiteral(record.startedAt()) + ", " + batch.elapsedMillis() + ", "
				+ (record.success() ? "TRUE" : "FALSE") + ", "
				+ record.error().map((error) -> literal(cut(error, MAX_TEXT))).orElse("NULL") + ")";
	}

	private String literal(String value) {
		return this.dialect.stringLiteral(value);
	}

	/**
	 * Opens a writer that keeps its prepared statement for the length of a run.
	 */
	Writer writer(Connection connection) {
		return new Writer(connection);
	}

	@Override
	public String toString() {
		return "history table " + this.table;
	}

	/**
	 * Appends rows on one connection, preparing the insert once.
	 */
	final class Writer implements AutoCloseable {

		private final Connection connection;

		private @Nullable PreparedStatement statement;

		private Writer(Connection connection) {
			this.connection = connection;
		}

		void append(HistoryRecord record) throws SQLException {
			PreparedStatement insert = this.statement;
			if (insert == null) {
				insert = this.connection.prepareStatement(HistoryTable.this.insert);
				this.statement = insert;
			}
			insert.setString(1, record.revision());
			insert.setString(2, columnValue(record.direction()));
			insert.setString(3, cut(record.message(), MAX_TEXT));
			if (record.checksum().isPresent()) {
				insert.setString(4, record.checksum().get());
			}
			else {
				insert.setNull(4, Types.VARCHAR);
			}
			insert.setString(5, cut(record.installedBy(), MAX_INSTALLED_BY));
			HistoryTable.this.dialect.setTimestamp(insert, 6, record.startedAt());
			insert.setLong(7, record.duration().toMillis());
			insert.setBoolean(8, record.success());
			if (record.error().isPresent()) {
				insert.setString(9, cut(record.error().get(), MAX_TEXT));
			}
			else {
				insert.setNull(9, Types.VARCHAR);
			}
			insert.executeUpdate();
		}

		/**
		 * Closes the prepared statement; the writer prepares it again if used afterwards.
		 */
		@Override
		public void close() throws SQLException {
			PreparedStatement insert = this.statement;
			this.statement = null;
			if (insert != null) {
				insert.close();
			}
		}

	}

}
