package dev.migrate.dialect;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.migrate.ops.Constraint.ReferentialAction;
import dev.migrate.ops.Operation.ConstraintKind;
import dev.migrate.ops.OperationRecorder;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Sequence;

import static dev.migrate.ops.Schema.column;
import static dev.migrate.ops.Schema.foreignKey;
import static dev.migrate.ops.Schema.integer;
import static dev.migrate.ops.Schema.table;
import static dev.migrate.ops.Schema.text;
import static dev.migrate.ops.Schema.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link MariaDbOperationRenderer}: the SQL MariaDB and MySQL get.
 */
class MariaDbOperationRendererTests {

	@Test
	void writesCommentsInsideTheDefinitions() {
		assertThat(render((op) -> op.createTable(table("t", column("id", integer()).asPrimaryKey().autoIncrementing()
			.withComment("Key"), column("name", varchar(20)).notNull().withDefault("it's")).withComment("A table"))))
			.containsExactly("CREATE TABLE t (\n\tid INT AUTO_INCREMENT NOT NULL COMMENT 'Key',\n"
					+ "\tname VARCHAR(20) DEFAULT 'it''s' NOT NULL,\n\tPRIMARY KEY (id)\n) COMMENT 'A table'");
	}

	@Test
	void writesConstantDefaultsOfTextBlobAndJsonColumnsInParentheses() {
		assertThat(render((op) -> {
			op.addColumn("t", column("notes", text()).withDefault("none"));
			op.alterColumn("t", "notes", (c) -> c.defaultValue("some").existingType(text()));
		})).containsExactly("ALTER TABLE t ADD COLUMN notes LONGTEXT DEFAULT ('none')",
				"ALTER TABLE t ALTER COLUMN notes SET DEFAULT ('some')");
	}

	@Test
	void restatesTheColumnWithModifyFromTheHints() {
		assertThat(render((op) -> op.alterColumn("t", "name", (c) -> c.nullable(false)
			.existingType(varchar(20))
			.existingDefault(new dev.migrate.ops.DefaultValue.Literal("x"))
			.existingComment("Name"))))
			.containsExactly("ALTER TABLE t MODIFY COLUMN name VARCHAR(20) DEFAULT 'x' NOT NULL COMMENT 'Name'");
	}

	@Test
	void changesAColumnThatIsRenamedAndRetyped() {
		assertThat(render((op) -> op.alterColumn("t", "name",
				(c) -> c.rename("title").type(varchar(40)).existingNullable(true))))
			.containsExactly("ALTER TABLE t CHANGE COLUMN name title VARCHAR(40)");
	}

	@Test
	void renamesOrChangesTheDefaultWithoutRestatingTheColumn() {
		assertThat(render((op) -> op.alterColumn("t", "name", (c) -> c.rename("title").defaultValue(1))))
			.containsExactly("ALTER TABLE t ALTER COLUMN name SET DEFAULT 1", "ALTER TABLE t RENAME COLUMN name TO title");
	}

	@Test
	void refusesAChangeOfNullabilityWithoutTheColumnsType() {
		assertThatIllegalArgumentException().isThrownBy(() -> render((op) -> op.alterColumn("todos", "title",
				(c) -> c.nullable(false))))
			.withMessage("MariaDB restates column todos.title in full to alter it (MODIFY COLUMN), so it needs the"
					+ " column's type: give existingType(...) in the alterColumn call");
	}

	@Test
	void refusesAChangeOfTypeWithoutTheColumnsNullability() {
		assertThatIllegalArgumentException().isThrownBy(() -> render((op) -> op.alterColumn("todos", "title",
				(c) -> c.type(varchar(10)))))
			.withMessageContaining("needs the column's nullability: give existingNullable(...)");
	}

	@Test
	void dropsEachKindOfConstraintWithItsOwnStatement() {
		assertThat(render((op) -> {
			op.dropConstraint("t", "pk", ConstraintKind.PRIMARY_KEY);
			op.dropConstraint("t", "uq", ConstraintKind.UNIQUE);
			op.dropConstraint("t", "fk", ConstraintKind.FOREIGN_KEY);
			op.dropConstraint("t", "ck", ConstraintKind.CHECK);
			op.dropIndex("ix", "t");
		})).containsExactly("ALTER TABLE t DROP PRIMARY KEY", "ALTER TABLE t DROP INDEX uq",
				"ALTER TABLE t DROP FOREIGN KEY fk", "ALTER TABLE t DROP CONSTRAINT ck", "DROP INDEX ix ON t");
	}

	@Test
	void dropsChecksWithDropCheckOnMySql() {
		assertThat(render(MariaDbDialect.mysql(), (op) -> op.dropConstraint("t", "ck", ConstraintKind.CHECK)))
			.containsExactly("ALTER TABLE t DROP CHECK ck");
	}

	@Test
	void refusesSequencesOnMySql() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> render(MariaDbDialect.mysql(), (op) -> op.createSequence(new Sequence("s", 1, 1))))
			.withMessage("MySQL cannot create sequence s: MySQL has no sequences; use an AUTO_INCREMENT column");
	}

	@Test
	void createsSequencesOnMariaDb() {
		assertThat(render((op) -> op.createSequence(new Sequence("s", 5, 2))))
			.containsExactly("CREATE SEQUENCE s START WITH 5 INCREMENT BY 2");
	}

	@Test
	void refusesSetDefaultActions() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> render((op) -> op.createConstraint("t",
					foreignKey("fk", "a", "p", "id").onDelete(ReferentialAction.SET_DEFAULT))))
			.withMessage("MariaDB cannot create foreign key fk on t: InnoDB refuses foreign keys with ON DELETE or"
					+ " ON UPDATE SET DEFAULT");
	}

	@Test
	void writesNothingForEnumTypes() {
		assertThat(render((op) -> {
			op.createEnumType("mood", "sad", "happy");
			op.dropEnumType("mood");
		})).isEmpty();
	}

	@Test
	void quotesNamesWithBackQuotes() {
		assertThat(render((op) -> op.renameTable("order", "My Orders")))
			.containsExactly("RENAME TABLE `order` TO `My Orders`");
	}

	private static List<String> render(Consumer<Operations> changes) {
		return render(new MariaDbDialect(), changes);
	}

	static List<String> render(Dialect dialect, Consumer<Operations> changes) {
		OperationRenderer renderer = dialect.operationRenderer(Optional.empty());
		return OperationRecorder.record(changes)
			.stream()
			.flatMap((operation) -> renderer.render(operation).stream())
			.map(SqlCommand::sql)
			.toList();
	}

}
