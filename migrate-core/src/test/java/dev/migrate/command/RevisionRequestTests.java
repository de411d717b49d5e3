package dev.migrate.command;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RevisionRequest}.
 */
class RevisionRequestTests {

	@Test
	void defaultsAreAlembics() {
		RevisionRequest request = RevisionRequest.of("Add priority");
		assertThat(request.heads()).containsExactly("head");
		assertThat(request.splice()).isFalse();
		assertThat(request.branchLabels()).isEmpty();
		assertThat(request.dependsOn()).isEmpty();
		assertThat(request.revId()).isNull();
		assertThat(request.versionPath()).isNull();
	}

	@Test
	void withersChangeOneComponentEach() {
		RevisionRequest request = RevisionRequest.of("m").withHead("todo@head").withSplice(true)
			.withBranchLabels(List.of("a")).withDependsOn(List.of("b")).withRevId("c").withVersionPath(Path.of("d"));
		assertThat(request).isEqualTo(new RevisionRequest("m", List.of("todo@head"), true, List.of("a"), List.of("b"),
				"c", Path.of("d")));
	}

	@Test
	void withHeadsMakesAMerge() {
		assertThat(RevisionRequest.of("m").withHeads(List.of("a", "b")).heads()).containsExactly("a", "b");
	}

}
