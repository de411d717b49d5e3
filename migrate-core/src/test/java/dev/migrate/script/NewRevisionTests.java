package dev.migrate.script;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NewRevisionTests {

	private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 21, 10, 0);

	@Test
	void runsInATransactionByDefault() {
		assertThat(new NewRevision("abc", "m", List.of(), List.of(), List.of(), CREATED).noTransaction()).isFalse();
	}

	@Test
	void stripsTheMessage() {
		assertThat(new NewRevision("abc", "  Add things \n", List.of(), List.of(), List.of(), CREATED).message())
			.isEqualTo("Add things");
	}

	@Test
	void copiesItsLists() {
		List<String> downRevisions = new ArrayList<>(List.of("aaa"));
		NewRevision revision = new NewRevision("abc", "m", downRevisions, List.of(), List.of(), CREATED);
		downRevisions.add("bbb");
		assertThat(revision.downRevisions()).containsExactly("aaa");
	}

	@Test
	void rejectsAnInvalidId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NewRevision("not valid", "m", List.of(), List.of(), List.of(), CREATED))
			.withMessageContaining("'not valid'");
	}

	@Test
	void rejectsAnInvalidDownRevision() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NewRevision("abc", "m", List.of("a-b"), List.of(), List.of(), CREATED))
			.withMessageContaining("'a-b'");
	}

}
