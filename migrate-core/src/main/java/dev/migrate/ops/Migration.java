package dev.migrate.ops;

/**
 * A Java revision: the changes one revision makes, written with dialect-neutral
 * {@link Operations}, so that the same class runs on PostgreSQL, MariaDB, MySQL, H2 and SQLite
 * and renders to SQL offline. The class declares its place in the graph with {@link Revision}
 * and needs a public no-argument constructor.
 *
 * <pre>{@code
 * @Revision(id = "1975ea83b712", revises = "3512b954651e", message = "Add priority to todos")
 * public class AddPriorityToTodos implements Migration {
 *     public void upgrade(Operations op) { op.addColumn("todos", column("priority", varchar(20))); }
 *     public void downgrade(Operations op) { op.dropColumn("todos", "priority"); }
 * }
 * }</pre>
 *
 * <p>The methods describe the changes; they do not run them. migrate calls a method with an
 * {@link Operations} that records each call, before any statement of the run executes, then
 * renders and runs the recorded operations in order (or writes them as SQL with {@code --sql}).
 * A method must therefore not read the database itself: work that needs the connection goes
 * through {@link Operations#run(JdbcWork)}.
 */
public interface Migration {

	/**
	 * Describes the changes that move the schema from the revisions this one revises to this one.
	 * @param op the operations to call, in the order they should run
	 */
	void upgrade(Operations op);

	/**
	 * Describes the changes that undo {@link #upgrade(Operations)}. A revision that cannot be
	 * undone does not override this method: downgrading past it then fails before anything runs.
	 * @param op the operations to call, in the order they should run
	 * @throws IrreversibleMigrationException unless overridden
	 */
	default void downgrade(Operations op) {
		throw new IrreversibleMigrationException(getClass().getName());
	}

}
