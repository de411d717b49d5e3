package dev.migrate.script;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import dev.migrate.ops.IrreversibleMigrationException;
import dev.migrate.ops.Migration;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationRecorder;
import dev.migrate.ops.Operations;
import dev.migrate.revision.Revision;

/**
 * A Java revision: a public class implementing {@link Migration}, annotated with
 * {@link dev.migrate.ops.Revision}, with a public no-argument constructor.
 *
 * <ul>
 * <li>Its {@link #origin()} is the class's fully qualified name, and its {@link #name()} (which
 * orders scripts and breaks ties between branches) the name of its class file, such as
 * {@code AddPriorityToTodos.class}.</li>
 * <li>Its {@link #checksum()} is the lower-case hex SHA-256 of the class file's bytes: a revision
 * recompiled after a change has another checksum (so may one compiled by another compiler).</li>
 * <li>It is {@link #transactional()} unless the annotation says {@code transactional = false},
 * and {@link #downgradable()} when the class overrides {@link Migration#downgrade(Operations)}.</li>
 * </ul>
 *
 * <p>{@link #upgradeOperations()} and {@link #downgradeOperations()} call the migration's method
 * on a new instance with an {@link OperationRecorder}: nothing touches a database. Immutable and
 * safe to share.
 */
public final class JavaRevisionScript implements MigrationScript {

	private static final String CLASS_SUFFIX = ".class";

	private final Class<? extends Migration> type;

	private final dev.migrate.ops.Revision annotation;

	private final Revision revision;

	private final String checksum;

	private JavaRevisionScript(Class<? extends Migration> type, dev.migrate.ops.Revision annotation, String checksum) {
		this.type = type;
		this.annotation = annotation;
		this.revision = new Revision(annotation.id(), List.of(annotation.revises()),
				List.of(annotation.branchLabels()), List.of(annotation.dependsOn()), type.getName());
		this.checksum = checksum;
	}

	/**
	 * Makes the script of a class, reading its class file through the class's own loader for the
	 * checksum.
	 * @param type the class
	 * @return the script
	 * @throws JavaRevisionException if the class is not a usable Java revision (see
	 * {@link JavaRevisionException}), naming it
	 * @throws ScriptReadException if its class file cannot be read
	 */
	public static JavaRevisionScript of(Class<?> type) {
		Objects.requireNonNull(type, "type");
		String file = classFileName(type);
		try (InputStream in = type.getResourceAsStream(file)) {
			if (in == null) {
				throw new ScriptReadException(type.getName(),
						new IOException("its class file " + file + " is not on the class path"));
			}
			return of(type, in.readAllBytes());
		}
		catch (IOException ex) {
			throw new ScriptReadException(type.getName(), ex);
		}
	}

	/**
	 * Makes the script of a class whose class file has already been read.
	 */
	static JavaRevisionScript of(Class<?> type, byte[] classFile) {
		dev.migrate.ops.Revision annotation = type.getAnnotation(dev.migrate.ops.Revision.class);
		String name = type.getName();
		if (annotation == null) {
			throw new JavaRevisionException(name, name + " is not annotated with @" + dev.migrate.ops.Revision.class.getName());
		}
		checkClass(type);
		checkAnnotation(name, annotation);
		return new JavaRevisionScript(type.asSubclass(Migration.class), annotation, sha256(classFile));
	}

	/**
	 * Returns the migration class.
	 * @return the class
	 */
	public Class<? extends Migration> migrationClass() {
		return this.type;
	}

	/**
	 * Records what the migration's {@link Migration#upgrade(Operations)} asks for.
	 * @return the operations, in order
	 * @throws JavaRevisionException if the class cannot be instantiated or the method throws,
	 * naming the revision and the class
	 */
	public List<Operation> upgradeOperations() {
		return record("upgrade", Migration::upgrade);
	}

	/**
	 * Records what the migration's {@link Migration#downgrade(Operations)} asks for.
	 * @return the operations, in order
	 * @throws IrreversibleRevisionException if the class does not override the method
	 * @throws JavaRevisionException if the class cannot be instantiated or the method throws,
	 * naming the revision and the class
	 */
	public List<Operation> downgradeOperations() {
		if (!downgradable()) {
			throw irreversible();
		}
		return record("downgrade", Migration::downgrade);
	}

	@Override
	public Revision revision() {
		return this.revision;
	}

	@Override
	public String message() {
		return this.annotation.message();
	}

	/**
	 * Returns the message followed by the revision's keys, as the header of an SQL revision
	 * (and the docstring of an Alembic one) shows them.
	 */
	@Override
	public String documentation() {
		List<String> lines = new ArrayList<>();
		if (!this.annotation.message().isEmpty()) {
			lines.add(this.annotation.message());
			lines.add("");
		}
		lines.add("Revision ID: " + this.revision.id());
		lines.add("Revises: " + String.join(", ", this.revision.downRevisions()));
		if (!this.annotation.createDate().isEmpty()) {
			lines.add("Create Date: " + this.annotation.createDate());
		}
		if (!this.revision.branchLabels().isEmpty()) {
			lines.add("Branch Labels: " + String.join(", ", this.revision.branchLabels()));
		}
		if (!this.revision.dependsOn().isEmpty()) {
			lines.add("Depends On: " + String.join(", ", this.revision.dependsOn()));
		}
		return String.join("\n", lines);
	}

	/**
	 * Returns the name of the class file, such as {@code AddPriorityToTodos.class} (or
	 * {@code Revisions$AddPriority.class} for a nested class).
	 */
	@Override
	public String name() {
		return classFileName(this.type);
	}

	/**
	 * Returns the class's fully qualified name.
	 */
	@Override
	public String origin() {
		return this.type.getName();
	}

	@Override
	public boolean transactional() {
		return this.annotation.transactional();
	}

	@Override
	public boolean downgradable() {
		try {
			return this.type.getMethod("downgrade", Operations.class).getDeclaringClass() != Migration.class;
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("A Migration always has downgrade(Operations)", ex);
		}
	}

	@Override
	public String checksum() {
		return this.checksum;
	}

	@Override
	public String toString() {
		return this.revision.describe();
	}

	private List<Operation> record(String method, BiConsumer<Migration, Operations> call) {
		Migration migration = instantiate();
		try {
			return OperationRecorder.record((operations) -> call.accept(migration, operations));
		}
		catch (IrreversibleMigrationException ex) {
			throw irreversible();
		}
		catch (RuntimeException ex) {
			throw new JavaRevisionException(origin(), "Revision " + this.revision.describe() + " failed while recording its "
					+ method + " operations: " + describe(ex), ex);
		}
	}

	private Migration instantiate() {
		try {
			return this.type.getConstructor().newInstance();
		}
		catch (InvocationTargetException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new JavaRevisionException(origin(), "Revision " + this.revision.describe()
					+ ": its constructor failed: " + describe(cause), cause);
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			throw new JavaRevisionException(origin(), "Revision " + this.revision.describe() + ": could not create an "
					+ origin() + ": " + describe(ex), ex);
		}
	}

	private IrreversibleRevisionException irreversible() {
		return new IrreversibleRevisionException(this.revision.id(), "Revision " + this.revision.describe()
				+ " cannot be downgraded: " + origin() + " does not override downgrade(Operations); write one, or stamp"
				+ " the database past the revision");
	}

	private static String describe(Throwable ex) {
		String message = ex.getMessage();
		return (message != null && !message.isBlank()) ? ex.getClass().getSimpleName() + ": " + message
				: ex.getClass().getSimpleName();
	}

	private static void checkClass(Class<?> type) {
		String name = type.getName();
		if (!Migration.class.isAssignableFrom(type)) {
			throw new JavaRevisionException(name, name + " is annotated with @Revision but does not implement "
					+ Migration.class.getName());
		}
		int modifiers = type.getModifiers();
		if (type.isInterface() || Modifier.isAbstract(modifiers)) {
			throw new JavaRevisionException(name, name + " is annotated with @Revision but is abstract: annotate the"
					+ " concrete class that migrate should run");
		}
		if (!Modifier.isPublic(modifiers) || (type.isMemberClass() && !Modifier.isStatic(modifiers))
				|| type.isLocalClass() || type.isAnonymousClass()) {
			throw new JavaRevisionException(name, name + " is annotated with @Revision but is not a public top-level or"
					+ " public static nested class, so migrate cannot create it");
		}
		try {
			type.getConstructor();
		}
		catch (NoSuchMethodException ex) {
			throw new JavaRevisionException(name, name + " is annotated with @Revision but has no public no-argument"
					+ " constructor, so migrate cannot create it");
		}
	}

	private static void checkAnnotation(String name, dev.migrate.ops.Revision annotation) {
		String where = "@Revision of " + name;
		if (!Revision.isValidId(annotation.id())) {
			throw new JavaRevisionException(name, where + ": invalid revision id '" + annotation.id()
					+ "': use 1 to 32 letters, digits or underscores");
		}
		for (String down : annotation.revises()) {
			if (!Revision.isValidId(down)) {
				throw new JavaRevisionException(name, where + ": invalid revision id '" + down
						+ "' in revises; list the ids of the revisions this one revises, or none for a base");
			}
		}
		for (String label : annotation.branchLabels()) {
			if (label.isBlank() || containsWhitespace(label) || label.indexOf('@') >= 0) {
				throw new JavaRevisionException(name, where + ": invalid branch label '" + label
						+ "': a label is not blank and has no white space and no '@'");
			}
		}
		for (String dependency : annotation.dependsOn()) {
			if (dependency.isBlank() || containsWhitespace(dependency)) {
				throw new JavaRevisionException(name, where + ": invalid value '" + dependency
						+ "' in dependsOn; give revision ids or branch labels");
			}
		}
	}

	private static boolean containsWhitespace(String text) {
		return text.chars().anyMatch(Character::isWhitespace);
	}

	private static String classFileName(Class<?> type) {
		String name = type.getName();
		return name.substring(name.lastIndexOf('.') + 1) + CLASS_SUFFIX;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
