package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationRecorder;
import dev.migrate.ops.Operations;
import dev.migrate.testing.CatalogSnapshot;
import dev.migrate.testing.TestDatabase;

/**
 * Runs operations on a test database through its dialect's renderer, online (statements bound to
 * their parameters) or as an offline script would (literals written in).
 */
final class RenderedOperations {

	private RenderedOperations() {
	}

	/**
	 * Records the operations a migration method makes and runs them online.
	 */
	static CatalogSnapshot apply(TestDatabase database, Consumer<Operations> changes) {
		return apply(database, OperationRecorder.record(changes));
	}

	/**
	 * Runs operations online, each rendered just before it runs, and returns the catalog after.
	 */
	static CatalogSnapshot apply(TestDatabase database, List<Operation> operations) {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			Dialect dialect = Dialects.forConnection(connection);
			OperationRenderer renderer = dialect.operationRenderer(Optional.of(connection));
			for (Operation operation : operations) {
				for (SqlCommand command : renderer.render(operation)) {
					run(connection, statement, dialect, command);
				}
			}
			return CatalogSnapshot.read(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	/**
	 * Renders operations offline, writes them as script statements and runs those.
	 */
	static CatalogSnapshot applyOffline(TestDatabase database, Consumer<Operations> changes) {
		return run(database, offlineScript(database, changes));
	}

	/**
	 * Renders operations offline as the statements of a script for the database's dialect.
	 */
	static List<String> offlineScript(TestDatabase database, Consumer<Operations> changes) {
		Dialect dialect = dialect(database);
		OperationRenderer renderer = dialect.operationRenderer(Optional.empty());
		OfflineStatements writer = new OfflineStatements(dialect);
		List<String> script = new ArrayList<>();
		for (Operation operation : OperationRecorder.record(changes)) {
			renderer.render(operation).forEach((command) -> script.addAll(writer.statements(command)));
		}
		return script;
	}

	/**
	 * Runs plain statements and returns the catalog after.
	 */
	static CatalogSnapshot run(TestDatabase database, List<String> statements) {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
			return CatalogSnapshot.read(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	/**
	 * Returns the rows of a query, each as a list of strings.
	 */
	static List<List<@Nullable String>> rows(TestDatabase database, String sql) {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			List<List<@Nullable String>> rows = new ArrayList<>();
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<@Nullable String> row = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					row.add(result.getString(i));
				}
				rows.add(row);
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	static Dialect dialect(TestDatabase database) {
		try (Connection connection = database.getConnection()) {
			return Dialects.forConnection(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private static void run(Connection connection, Statement statement, Dialect dialect, SqlCommand command)
			throws SQLException {
		if (!command.parameterized()) {
			statement.execute(command.sql());
			return;
		}
		try (PreparedStatement prepared = connection.prepareStatement(command.sql())) {
			for (List<@Nullable Object> row : command.parameterRows()) {
				for (int i = 0; i < row.size(); i++) {
					dialect.setParameter(prepared, i + 1, row.get(i));
				}
				prepared.addBatch();
			}
			prepared.executeBatch();
		}
	}

}
