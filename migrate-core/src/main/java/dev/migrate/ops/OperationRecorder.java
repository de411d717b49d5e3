package dev.migrate.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The {@link Operations} a migration is called with: records each call as an
 * {@link Operation}, in order, without touching a database.
 */
public final class OperationRecorder implements Operations {

	private final List<Operation> operations = new ArrayList<>();

	/**
	 * Records the operations of one method of a migration.
	 * @param description what to record, such as {@code migration::upgrade}
	 * @return the operations, in the order of the calls
	 */
	public static List<Operation> record(Consumer<Operations> description) {
		OperationRecorder recorder = new OperationRecorder();
		description.accept(recorder);
		return List.copyOf(recorder.operations);
	}

	@Override
	public void createTable(String table, TableElement... elements) {
		createTable(Schema.table(table, elements));
	}

	@Override
	public void createTable(Table table) {
		this.operations.add(new Operation.CreateTable(table));
	}

	@Override
	public void dropTable(String table) {
		this.operations.add(new Operation.DropTable(table));
	}

	@Override
	public void renameTable(String table, String newName) {
		this.operations.add(new Operation.RenameTable(table, newName));
	}

	@Override
	public void addColumn(String table, Column column) {
		this.operations.add(new Operation.AddColumn(table, column));
	}

	@Override
	public void dropColumn(String table, String column) {
		this.operations.add(new Operation.DropColumn(table, column));
	}

	@Override
	public void alterColumn(String table, String column, Consumer<ColumnChanges> changes) {
		this.operations.add(alteration(table, column, changes));
	}

	@Override
	public void createIndex(String name, String table, String... columns) {
		createIndex(Schema.index(name, table, columns));
	}

	@Override
	public void createIndex(Index index) {
		this.operations.add(new Operation.CreateIndex(index));
	}

	@Override
	public void dropIndex(String name, String table) {
		this.operations.add(new Operation.DropIndex(name, table));
	}

	@Override
	public void createConstraint(String table, Constraint constraint) {
		this.operations.add(new Operation.CreateConstraint(table, constraint));
	}

	@Override
	public void dropConstraint(String table, String name, Operation.ConstraintKind kind) {
		this.operations.add(new Operation.DropConstraint(table, name, kind));
	}

	@Override
	public void createSequence(Sequence sequence) {
		this.operations.add(new Operation.CreateSequence(sequence));
	}

	@Override
	public void dropSequence(String name) {
		this.operations.add(new Operation.DropSequence(name));
	}

	@Override
	public void createEnumType(String name, String... values) {
		this.operations.add(new Operation.CreateEnumType(Schema.enumType(name, values)));
	}

	@Override
	public void dropEnumType(String name) {
		this.operations.add(new Operation.DropEnumType(name));
	}

	@Override
	public void execute(String sql, @Nullable Object... parameters) {
		this.operations.add(new Operation.ExecuteSql(sql, Arrays.asList(parameters)));
	}

	@Override
	public void bulkInsert(String table, List<Map<String, ? extends @Nullable Object>> rows) {
		Set<String> columns = new LinkedHashSet<>();
		rows.forEach((row) -> columns.addAll(row.keySet()));
		if (!rows.isEmpty() && !(rows.get(0) instanceof LinkedHashMap) && !(rows.get(0) instanceof SortedMap)) {
			// a map without an order of its own (Map.of changes its order from one JVM to the next)
			// gets the columns' names in order, so that offline scripts come out the same every time
			List<String> sorted = new ArrayList<>(columns);
			Collections.sort(sorted);
			columns.clear();
			columns.addAll(sorted);
		}
		List<List<@Nullable Object>> values = new ArrayList<>(rows.size());
		for (Map<String, ? extends @Nullable Object> row : rows) {
			if (!row.keySet().equals(columns)) {
				throw new IllegalArgumentException("Every row inserted into " + table + " must give the columns "
						+ columns + "; a row gives " + row.keySet());
			}
			List<@Nullable Object> value = new ArrayList<>(columns.size());
			columns.forEach((column) -> value.add(row.get(column)));
			values.add(value);
		}
		this.operations.add(new Operation.BulkInsert(table, List.copyOf(columns), values));
	}

	@Override
	public void run(JdbcWork work) {
		this.operations.add(new Operation.RunJdbc(work, work.getClass().getName()));
	}

	@Override
	public void batchAlterTable(String table, Consumer<BatchOperations> changes) {
		batchAlterTable(table, Operation.Recreate.AUTO, changes);
	}

	@Override
	public void batchAlterTable(String table, Operation.Recreate recreate, Consumer<BatchOperations> changes) {
		List<Operation> batch = new ArrayList<>();
		changes.accept(new BatchOperations() {

			@Override
			public void addColumn(Column column) {
				batch.add(new Operation.AddColumn(table, column));
			}

			@Override
			public void dropColumn(String column) {
				batch.add(new Operation.DropColumn(table, column));
			}

			@Override
			public void alterColumn(String column, Consumer<ColumnChanges> columnChanges) {
				batch.add(alteration(table, column, columnChanges));
			}

			@Override
			public void createConstraint(Constraint constraint) {
				batch.add(new Operation.CreateConstraint(table, constraint));
			}

			@Override
			public void dropConstraint(String name, Operation.ConstraintKind kind) {
				batch.add(new Operation.DropConstraint(table, name, kind));
			}

			@Override
			public void createIndex(String name, boolean unique, String... columns) {
				batch.add(new Operation.CreateIndex(
						new Index(name, table, Arrays.asList(columns), unique, Optional.empty())));
			}

			@Override
			public void dropIndex(String name) {
				batch.add(new Operation.DropIndex(name, table));
			}

		});
		this.operations.add(new Operation.BatchAlterTable(table, batch, recreate));
	}

	private static Operation.AlterColumn alteration(String table, String column, Consumer<ColumnChanges> changes) {
		ColumnChanges collected = new ColumnChanges();
		changes.accept(collected);
		return collected.toOperation(table, column);
	}

}
