package dev.migrate.script;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.script.javainvalid.failing.FailsToRecord;
import dev.migrate.script.javarevisions.CreateAccounts;
import dev.migrate.script.javarevisions.Revisions;
import dev.migrate.script.javarevisions.later.AddEmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link JavaRevisionScript}.
 */
class JavaRevisionScriptTests {

	@Test
	void takesItsMessageAndOriginFromTheClass() {
		JavaRevisionScript script = JavaRevisionScript.of(CreateAccounts.class);
		assertThat(script.id()).isEqualTo("a1b2c3d4e5f6");
		assertThat(script.message()).isEqualTo("Create accounts");
		assertThat(script.origin()).isEqualTo("dev.migrate.script.javarevisions.CreateAccounts");
		assertThat(script.revision().origin()).isEqualTo(script.origin());
	}

	@Test
	void documentsItselfAsAnSqlHeaderWould() {
		assertThat(JavaRevisionScript.of(CreateAccounts.class).documentation()).isEqualTo("""
				Create accounts

				Revision ID: a1b2c3d4e5f6
				Revises: \n\
				Create Date: 2026-11-21 10:00:00.000000""");
		assertThat(JavaRevisionScript.of(AddEmail.class).documentation()).isEqualTo("""
				Add email

				Revision ID: b2
				Revises: a1b2c3d4e5f6
				Branch Labels: accounts""");
	}

	@Test
	void checksumsTheClassFile() throws IOException, NoSuchAlgorithmException {
		byte[] bytes;
		try (InputStream in = CreateAccounts.class.getResourceAsStream("CreateAccounts.class")) {
			bytes = in.readAllBytes();
		}
		assertThat(JavaRevisionScript.of(CreateAccounts.class).checksum())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
			.isNotEqualTo(JavaRevisionScript.of(AddEmail.class).checksum());
	}

	@Test
	void isTransactionalUnlessTheAnnotationSaysOtherwise() {
		assertThat(JavaRevisionScript.of(CreateAccounts.class).transactional()).isTrue();
		assertThat(JavaRevisionScript.of(AddEmail.class).transactional()).isFalse();
	}

	@Test
	void isDowngradableWhenTheClassOverridesDowngrade() {
		assertThat(JavaRevisionScript.of(CreateAccounts.class).downgradable()).isTrue();
		assertThat(JavaRevisionScript.of(Revisions.SeedAccounts.class).downgradable()).isTrue();
		assertThat(JavaRevisionScript.of(AddEmail.class).downgradable()).isFalse();
	}

	@Test
	void recordsTheOperationsOfEachDirection() {
		JavaRevisionScript script = JavaRevisionScript.of(Revisions.SeedAccounts.class);
		assertThat(script.upgradeOperations()).containsExactly(
				new Operation.ExecuteSql("INSERT INTO accounts (id, name) VALUES (?, ?)", List.of(1, "root")));
		assertThat(script.downgradeOperations())
			.containsExactly(new Operation.ExecuteSql("DELETE FROM accounts WHERE id = ?", List.of(1)));
	}

	@Test
	void refusesTheDowngradeOfAClassWithoutOne() {
		assertThatExceptionOfType(IrreversibleRevisionException.class)
			.isThrownBy(() -> JavaRevisionScript.of(AddEmail.class).downgradeOperations())
			.withMessage("Revision b2 (dev.migrate.script.javarevisions.later.AddEmail) cannot be downgraded:"
					+ " dev.migrate.script.javarevisions.later.AddEmail does not override downgrade(Operations);"
					+ " write one, or stamp the database past the revision");
	}

	@Test
	void namesTheRevisionAndClassWhenRecordingFails() {
		assertThatExceptionOfType(JavaRevisionException.class)
			.isThrownBy(() -> JavaRevisionScript.of(FailsToRecord.class).upgradeOperations())
			.withMessage("Revision a7 (dev.migrate.script.javainvalid.failing.FailsToRecord) failed while recording its"
					+ " upgrade operations: IllegalStateException: no table name configured");
	}

	@Test
	void rejectsAClassWithoutTheAnnotation() {
		assertThatExceptionOfType(JavaRevisionException.class).isThrownBy(() -> JavaRevisionScript.of(Unannotated.class))
			.withMessageContaining("is not annotated with @dev.migrate.ops.Revision");
	}

	@Test
	void rejectsANonStaticNestedClass() {
		assertThatExceptionOfType(JavaRevisionException.class).isThrownBy(() -> JavaRevisionScript.of(Inner.class))
			.withMessageContaining("is not a public top-level or public static nested class");
	}

	/**
	 * Not a revision.
	 */
	public static class Unannotated implements Migration {

		@Override
		public void upgrade(Operations op) {
		}

	}

	/**
	 * Cannot be created without an enclosing instance.
	 */
	@dev.migrate.ops.Revision(id = "inner")
	public class Inner implements Migration {

		@Override
		public void upgrade(Operations op) {
		}

	}

}
