package dev.migrate.script;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;
import dev.migrate.revision.Revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RevisionIdGeneratorTests {

	@Test
	void generatesTwelveLowerCaseHexCharacters() {
		assertThat(new RevisionIdGenerator().generate((id) -> false)).matches("[0-9a-f]{12}");
	}

	@Test
	void generatesValidRevisionIds() {
		assertThat(Revision.isValidId(new RevisionIdGenerator().generate((id) -> false))).isTrue();
	}

	@Test
	void takesTheLastTwelveHexDigitsOfTheUuidAsAlembicDoes() {
		UUID uuid = UUID.fromString("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
		assertThat(new RevisionIdGenerator(() -> uuid).generate((id) -> false)).isEqualTo("a4b3c2d1e0f9");
	}

	@Test
	void keepsLeadingZeros() {
		UUID uuid = UUID.fromString("00000000-0000-4000-8000-000000000abc");
		assertThat(new RevisionIdGenerator(() -> uuid).generate((id) -> false)).isEqualTo("000000000abc");
	}

	@Test
	void skipsIdsThatAreTaken() {
		Deque<UUID> uuids = new ArrayDeque<>();
		uuids.add(UUID.fromString("00000000-0000-4000-8000-000000000001"));
		uuids.add(UUID.fromString("00000000-0000-4000-8000-000000000002"));
		Set<String> taken = Set.of("000000000001");
		assertThat(new RevisionIdGenerator(uuids::removeFirst).generate(taken::contains)).isEqualTo("000000000002");
	}

	@Test
	void givesUpWithAClearErrorWhenEveryIdIsTaken() {
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> new RevisionIdGenerator().generate((id) -> true))
			.withMessageContaining("--rev-id");
	}

}
