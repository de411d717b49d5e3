package dev.migrate.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes new SQL revision scripts: {@code <rev>_<slug>.sql} with the header of the revision
 * and empty upgrade and downgrade sections for the user to fill.
 *
 * <p>The slug is made as Alembic makes it: the words of the message (runs of Unicode letters,
 * digits and underscores) joined by {@code _} and lower-cased; a slug longer than the limit (40
 * by default) is cut at the limit, then back to its last {@code _}, and given a trailing
 * {@code _}.
 */
public final class SqlRevisionWriter {

	/**
	 * The slug length Alembic truncates at by default.
	 */
	public static final int DEFAULT_TRUNCATE_SLUG_LENGTH = 40;

	private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

	private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS",
			Locale.ROOT);

	private final int truncateSlugLength;

	/**
	 * Creates a writer that truncates slugs at 40 characters.
	 */
	public SqlRevisionWriter() {
		this(DEFAULT_TRUNCATE_SLUG_LENGTH);
	}

	/**
	 * Creates a writer that truncates slugs at a given length.
	 * @param truncateSlugLength the longest slug kept whole (Alembic's
	 * {@code truncate_slug_length}); must be positive
	 */
	public SqlRevisionWriter(int truncateSlugLength) {
		if (truncateSlugLength < 1) {
			throw new IllegalArgumentException("truncateSlugLength must be positive, not " + truncateSlugLength);
		}
		this.truncateSlugLength = truncateSlugLength;
	}

	/**
	 * Writes a new script into a directory, creating the directory if needed.
	 * @param revision what the script declares
	 * @param directory where to write it
	 * @return the written file
	 * @throws ScriptWriteException if a file of that name exists (it is left untouched) or the
	 * file cannot be written
	 */
	public Path write(NewRevision revision, Path directory) {
		Path file = directory.resolve(fileName(revision));
		try {
			Files.createDirectories(directory);
			Files.writeString(file, render(revision), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE);
		}
		catch (FileAlreadyExistsException ex) {
			throw new ScriptWriteException("Revision script " + file + " already exists; not overwriting it", ex);
		}
		catch (IOException ex) {
			throw new ScriptWriteException("Could not write revision script " + file + ": " + ex.getMessage(), ex);
		}
		return file;
	}

	/**
	 * Returns the file name of a new script.
	 * @param revision what the script declares
	 * @return {@code <rev>_<slug>.sql}
	 */
	public String fileName(NewRevision revision) {
		return revision.id() + "_" + slug(revision.message()) + ".sql";
	}

	/**
	 * Makes the slug of a message.
	 * @param message the message
	 * @return for example {@code add_priority_to_todos}; empty for a message without words
	 */
	public String slug(String message) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(message);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		String slug = String.join("_", words).toLowerCase(Locale.ROOT);
		if (slug.codePointCount(0, slug.length()) <= this.truncateSlugLength) {
			return slug;
		}
		String cut = slug.substring(0, slug.offsetByCodePoints(0, this.truncateSlugLength));
		int lastSeparator = cut.lastIndexOf('_');
		return ((lastSeparator >= 0) ? cut.substring(0, lastSeparator) : cut) + "_";
	}

	/**
	 * Renders the content of a new script.
	 * @param revision what the script declares
	 * @return the script's text
	 */
	public String render(NewRevision revision) {
		StringBuilder text = new StringBuilder();
		if (!revision.message().isEmpty()) {
			revision.message().lines().forEach((line) -> commentLine(text, line));
			text.append("--\n");
		}
		commentLine(text, "Revision ID: " + revision.id());
		commentLine(text, "Revises: " + String.join(", ", revision.downRevisions()));
		commentLine(text, "Create Date: " + CREATE_DATE.format(revision.createDate()));
		commentLine(text, "Branch Labels: " + String.join(", ", revision.branchLabels()));
		commentLine(text, "Depends On: " + String.join(", ", revision.dependsOn()));
		if (revision.noTransaction()) {
			text.append("-- migrate:no-transaction\n");
		}
		text.append("\n-- migrate:upgrade\n\n-- migrate:downgrade\n");
		return text.toString();
	}

	private static void commentLine(StringBuilder text, String content) {
		String trimmed = content.stripTrailing();
		text.append(trimmed.isEmpty() ? "--" : "-- " + trimmed).append('\n');
	}

}
