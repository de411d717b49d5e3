package dev.migrate.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the column order of {@link OperationRecorder#bulkInsert(String, List)}.
 */
class OperationRecorderBulkInsertTests {

	@Test
	void ordersTheColumnsOfUnorderedMapsByName() {
		List<Operation> operations = OperationRecorder.record((op) -> op.bulkInsert("t",
				List.of(Map.of("title", "a", "id", 1, "done", false), Map.of("done", true, "id", 2, "title", "b"))));
		Operation.BulkInsert insert = (Operation.BulkInsert) operations.get(0);
		assertThat(insert.columns()).containsExactly("done", "id", "title");
		assertThat(insert.rows()).containsExactly(List.of(false, 1, "a"), List.of(true, 2, "b"));
	}

	@Test
	void keepsTheOrderOfALinkedHashMap() {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("title", "a");
		row.put("id", 1);
		List<Operation> operations = OperationRecorder.record((op) -> op.bulkInsert("t", List.of(row)));
		assertThat(((Operation.BulkInsert) operations.get(0)).columns()).containsExactly("title", "id");
	}

}
