package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.TableName;

/**
 * The version table: one row per current head, in a {@code version_num} column, exactly as
 * Alembic's {@code alembic_version}. Reads it, creates it, and makes the row changes of
 * {@link PlannedStep}s, online or as SQL for offline scripts.
 */
public final class VersionTable {

	private final Dialect dialect;

	private final TableName table;

	private final String select;

	private final String insert;

	private final String delete;

	private final String update;

	/**
	 * Creates the version table of a database.
	 * @param dialect the database's dialect
	 * @param table the table's name
	 */
	public VersionTable(Dialect dialect, TableName table) {
		this.dialect = Objects.requireNonNull(dialect, "dialect");
		this.table = Objects.requireNonNull(table, "table");
		String name = dialect.tableName(table);
		this.select = "SELECT version_num FROM " + name;
		this.insert = "INSERT INTO " + name + " (version_num) VALUES (?)";
		this.delete = "DELETE FROM " + name + " WHERE version_num = ?";
		this.update = "UPDATE " + name + " SET version_num = ? WHERE version_num = ?";
	}

	/**
	 * Returns the table's name.
	 * @return the name
	 */
	public TableName table() {
		return this.table;
	}

	/**
	 * Reads the rows of the table.
	 * @param connection the connection
	 * @return the revisions, in table order; empty when the table does not exist yet
	 * @throws DatabaseAccessException if the table cannot be read
	 */
	public Set<String> read(Connection connection) {
		return readIfExists(connection).orElse(Set.of());
	}

	/**
	 * Reads the rows of the table, telling a missing table from an empty one. On PostgreSQL a
	 * missing table fails the open transaction: read in auto-commit mode, or at the start of a
	 * transaction that is rolled back.
	 * @param connection the connection
	 * @return the revisions, in table order; empty when the table does not exist
	 * @throws DatabaseAccessException if the table cannot be read
	 */
	public Optional<Set<String>> readIfExists(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(this.select)) {
			Set<String> rows = new LinkedHashSet<>();
			while (result.next()) {
				rows.add(result.getString(1));
			}
			return Optional.of(Collections.unmodifiableSet(rows));
		}
		catch (SQLException ex) {
			if (this.dialect.isMissingTable(ex)) {
				return Optional.empty();
			}
			throw new DatabaseAccessException("Could not read version table " + this.table, ex);
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
			throw new DatabaseAccessException("Could not create version table " + this.table, ex);
		}
	}

	/**
	 * Creates the table unless it exists.
	 * @param connection the connection, in auto-commit mode on PostgreSQL
	 * @return whether the table was created
	 * @throws DatabaseAccessException if the table cannot be read or created
	 */
	public boolean createIfMissing(Connection connection) {
		if (readIfExists(connection).isPresent()) {
			return false;
		}
		create(connection);
		return true;
	}

	/**
	 * Makes row changes, in order, checking that each update and delete finds its row.
	 * @param connection the connection
	 * @param changes the changes
	 * @throws VersionTableMismatchException if a row to update or delete is missing
	 * @throws DatabaseAccessException if the database refuses a change
	 */
	public void apply(Connection connection, List<VersionRowChange> changes) {
		try (Writer writer = writer(connection)) {
			writer.apply(changes);
		}
		catch (SQLException ex) {
			throw new DatabaseAccessException("Could not change version table " + this.table, ex);
		}
	}

	/**
	 * Returns the {@code CREATE TABLE} statement, for offline scripts.
	 * @return the statement, without a delimiter
	 */
	public String createSql() {
		return this.dialect.createVersionTable(this.table);
	}

	/**
	 * Returns a row change as a statement with literal values, for offline scripts.
	 * @param change the change
	 * @return for example {@code UPDATE migrate_version SET version_num='b' WHERE version_num = 'a'},
	 * without a delimiter
	 */
	public String changeSql(VersionRowChange change) {
		String name = this.dialect.tableName(this.table);
		if (change instanceof VersionRowChange.Insert insert) {
			return "INSERT INTO " + name + " (version_num) VALUES (" + literal(insert.revision()) + ")";
		}
		if (change instanceof VersionRowChange.Delete delete) {
			return "DELETE FROM " + name + " WHERE version_num = " + literal(delete.revision());
		}
		VersionRowChange.Update update = (VersionRowChange.Update) change;
		return "UPDATE " + name + " SET version_num = " + literal(update.to()) + " WHERE version_num = "
				+ literal(update.from());
	}

	/**
	 * Returns the statement that deletes every row ({@code stamp --purge}), for offline scripts.
	 * @return the statement, without a delimiter
	 */
	public String purgeSql() {
		return "DELETE FROM " + this.dialect.tableName(this.table);
	}

	private String literal(String value) {
		return this.dialect.stringLiteral(value);
	}

	/**
	 * Opens a writer that keeps its prepared statements for the length of a run.
	 */
	Writer writer(Connection connection) {
		return new Writer(connection);
	}

	@Override
	public String toString() {
		return "version table " + this.table;
	}

	/**
	 * Makes row changes on one connection, preparing each kind of statement once.
	 */
	final class Writer implements AutoCloseable {

		private final Connection connection;

		private @Nullable PreparedStatement insertStatement;

		private @Nullable PreparedStatement deleteStatement;

		private @Nullable PreparedStatement updateStatement;

		private Writer(Connection connection) {
			this.connection = connection;
		}

		/**
		 * Makes the changes, in order.
		 * @throws VersionTableMismatchException if a row to update or delete is missing
		 */
		void apply(List<VersionRowChange> changes) throws SQLException {
			for (VersionRowChange change : changes) {
				apply(change);
			}
		}

		private void apply(VersionRowChange change) throws SQLException {
			if (change instanceof VersionRowChange.Insert insert) {
				if (this.insertStatement == null) {
					this.insertStatement = this.connection.prepareStatement(VersionTable.this.insert);
				}
				this.insertStatement.setString(1, insert.revision());
				this.insertStatement.executeUpdate();
			}
			else if (change instanceof VersionRowChange.Delete delete) {
				if (this.deleteStatement == null) {
					this.deleteStatement = this.connection.prepareStatement(VersionTable.this.delete);
				}
				this.deleteStatement.setString(1, delete.revision());
				expectOneRow(this.deleteStatement.executeUpdate(), delete.revision(),
						"delete the row of revision " + delete.revision());
			}
			else {
				VersionRowChange.Update update = (VersionRowChange.Update) change;
				if (this.updateStatement == null) {
					this.updateStatement = this.connection.prepareStatement(VersionTable.this.update);
				}
				this.updateStatement.setString(1, update.to());
				this.updateStatement.setString(2, update.from());
				expectOneRow(this.updateStatement.executeUpdate(), update.to(),
						"update the row of revision " + update.from() + " to " + update.to());
			}
		}

		/**
		 * Deletes every row.
		 */
		void purge() throws SQLException {
			try (Statement statement = this.connection.createStatement()) {
				statement.executeUpdate(purgeSql());
			}
		}

		private void expectOneRow(int count, String revision, String what) {
			if (count != 1) {
				throw new VersionTableMismatchException(revision, VersionTable.this.read(this.connection),
						"Expected to " + what + " in " + VersionTable.this.table + ", but " + count
								+ " rows matched; did something besides migrate change the version table?");
			}
		}

		/**
		 * Closes the prepared statements; the writer prepares them again if used afterwards.
		 */
		@Override
		public void close() throws SQLException {
			@Nullable SQLException failure = null;
			for (PreparedStatement statement : new @Nullable PreparedStatement[] { this.insertStatement,
					this.deleteStatement, this.updateStatement }) {
				if (statement != null) {
					try {
						statement.close();
					}
					catch (SQLException ex) {
						if (failure == null) {
							failure = ex;
						}
						else {
							failure.addSuppressed(ex);
						}
					}
				}
			}
			this.insertStatement = null;
			this.deleteStatement = null;
			this.updateStatement = null;
			if (failure != null) {
				throw failure;
			}
		}

	}

}
