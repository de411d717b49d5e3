package dev.migrate.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the skeleton of a new Java revision: a class named after the message
 * ({@code Add priority to todos} gives {@code AddPriorityToTodos}), in a package, under a source
 * directory, annotated with the revision's {@code @Revision} and with empty {@code upgrade} and
 * {@code downgrade} methods.
 */
public final class JavaRevisionWriter {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

	private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS",
			Locale.ROOT);

	/** What the revision command writes for a blank message, as Alembic does. */
	private static final String EMPTY_MESSAGE = "empty message";

	/** Long enough for a message of a dozen words, short enough for a file name. */
	private static final int MAX_CLASS_NAME_LENGTH = 80;

	/**
	 * Writes a new Java revision, creating the package's directory if needed.
	 * @param revision what the revision declares
	 * @param sourceDirectory the root of the Java sources, such as {@code src/main/java}
	 * @param packageName the class's package
	 * @return the written file
	 * @throws ScriptWriteException if a file of that name exists (it is left untouched) or the
	 * file cannot be written
	 * @throws ScriptLocationException if the package name is not a valid Java package name
	 */
	public Path write(NewRevision revision, Path sourceDirectory, String packageName) {
		JavaScriptSource.checkPackage(packageName);
		Path directory = sourceDirectory.resolve(packageName.replace('.', '/'));
		Path file = directory.resolve(className(revision) + ".java");
		try {
			Files.createDirectories(directory);
			Files.writeString(file, render(revision, packageName), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (FileAlreadyExistsException ex) {
			throw new ScriptWriteException("Java revision " + file + " already exists; not overwriting it: give the new"
					+ " revision another message", ex);
		}
		catch (IOException ex) {
			throw new ScriptWriteException("Could not write Java revision " + file + ": " + ex.getMessage(), ex);
		}
		return file;
	}

	/**
	 * Returns the name of a new revision's class: its message's words in upper camel case
	 * (after {@code Revision} when the first is a number), or {@code Revision_<id>} without a
	 * message.
	 * @param revision what the revision declares
	 * @return for example {@code AddPriorityToTodos}
	 */
	public String className(NewRevision revision) {
		StringBuilder name = new StringBuilder();
		Matcher matcher = WORD.matcher(revision.message());
		while (matcher.find() && name.length() < MAX_CLASS_NAME_LENGTH) {
			String word = matcher.group();
			name.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
				.append(word, word.offsetByCodePoints(0, 1), word.length());
		}
		if (name.length() == 0 || revision.message().equals(EMPTY_MESSAGE)) {
			return "Revision_" + revision.id();
		}
		return Character.isJavaIdentifierStart(name.codePointAt(0)) ? name.toString() : "Revision" + name;
	}

	/**
	 * Renders the source of a new Java revision.
	 * @param revision what the revision declares
	 * @param packageName the class's package
	 * @return the source
	 * @throws ScriptLocationException if the package name is not a valid Java package name
	 */
	public String render(NewRevision revision, String packageName) {
		JavaScriptSource.checkPackage(packageName);
		StringBuilder attributes = new StringBuilder("id = " + literal(revision.id()));
		if (!revision.downRevisions().isEmpty()) {
			attributes.append(", revises = ").append(array(revision.downRevisions()));
		}
		if (!revision.message().isEmpty()) {
			attributes.append(", message = ").append(literal(revision.message()));
		}
		if (!revision.branchLabels().isEmpty()) {
			attributes.append(", branchLabels = ").append(array(revision.branchLabels()));
		}
		if (!revision.dependsOn().isEmpty()) {
			attributes.append(", dependsOn = ").append(array(revision.dependsOn()));
		}
		attributes.append(",\n\t\tcreateDate = ").append(literal(CREATE_DATE.format(revision.createDate())));
		if (revision.noTransaction()) {
			attributes.append(", transactional = false");
		}
		String summary = revision.message().isEmpty() ? "A revision." : revision.message().lines().findFirst()
			.orElse("").replace("*/", "*&#47;");
		return """
				package %s;

				import dev.migrate.ops.Migration;
				import dev.migrate.ops.Operations;
				import dev.migrate.ops.Revision;

				import static dev.migrate.ops.Schema.*;

				/**
				 * %s
				 */
				@Revision(%s)
				public class %s implements Migration {

				\t@Override
				\tpublic void upgrade(Operations op) {
				\t}

				\t@Override
				\tpublic void downgrade(Operations op) {
				\t}

				}
				""".formatted(packageName, summary, attributes, className(revision));
	}

	private static String array(List<String> values) {
		if (values.size() == 1) {
			return literal(values.get(0));
		}
		return values.stream().map(JavaRevisionWriter::literal).collect(Collectors.joining(", ", "{ ", " }"));
	}

	private static String literal(String value) {
		StringBuilder literal = new StringBuilder("\"");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> literal.append("\\\"");
				case '\\' -> literal.append("\\\\");
				case '\n' -> literal.append("\\n");
				case '\r' -> literal.append("\\r");
				case '\t' -> literal.append("\\t");
				default -> {
					if (Character.isISOControl(c)) {
						literal.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						literal.append(c);
					}
				}
			}
		}
		return literal.append('"').toString();
	}

}
