package dev.migrate.script;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import dev.migrate.revision.Revision;

/**
 * An SQL revision script ({@code <rev>_<slug>.sql}).
 *
 * <p>Only the header is read when the script is found. The body is read, checksummed and its
 * sections located on the first call that needs it ({@link #checksum()},
 * {@link #downgradable()} or the statements); statements are split on first request for each
 * {@link SqlSyntax}. All of this is thread-safe. A body that turns out malformed (for example a
 * second upgrade section or an unterminated string) is reported then, by a
 * {@link ScriptParseException} naming the file and line.
 *
 * <p>The checksum is the lower-case hex SHA-256 of the script's UTF-8 text after dropping a
 * byte order mark and normalising line breaks to {@code \n}, so that a checkout with Windows
 * line endings has the same checksum as one with Unix line endings.
 */
public final class SqlRevisionScript implements MigrationScript {

	/** The size up to which a script's bytes are kept from the reading of its header. */
	private static final int KEPT_CONTENT_LIMIT = 16 * 1024;

	private final SqlRevisionHeader header;

	private final ScriptResource resource;

	private final Revision revision;

	/** The file name, which orders scripts, computed once. */
	private final String name;

	private final Map<SqlSyntax, List<SqlStatement>> upgradeStatements = new ConcurrentHashMap<>();

	private final Map<SqlSyntax, List<SqlStatement>> downgradeStatements = new ConcurrentHashMap<>();

	private volatile @Nullable Body body;

	/** The whole script as read with its header, when it was small enough to keep; else null. */
	private final byte @Nullable [] content;

	SqlRevisionScript(SqlRevisionHeader header, ScriptResource resource) {
		this(header, resource, null);
	}

	private SqlRevisionScript(SqlRevisionHeader header, ScriptResource resource, byte @Nullable [] content) {
		this.header = Objects.requireNonNull(header, "header");
		this.resource = Objects.requireNonNull(resource, "resource");
		this.revision = header.toRevision(resource.origin());
		this.name = resource.name();
		this.content = content;
	}

	/**
	 * Reads the header of a script on the file system.
	 * @param file the script
	 * @return the script, its body not yet read
	 * @throws ScriptReadException if the file cannot be read
	 * @throws ScriptParseException if its header is malformed
	 */
	public static SqlRevisionScript load(Path file) {
		ScriptResource resource = new ScriptResource.FileResource(file, file.toString());
		try (InputStream in = Files.newInputStream(file)) {
			return read(resource, in);
		}
		catch (IOException ex) {
			throw new ScriptReadException(resource.origin(), ex);
		}
	}

	/**
	 * Reads the header of a script from its content, keeping the resource to read the body
	 * later.
	 */
	static SqlRevisionScript read(ScriptResource resource, InputStream content) {
		// a small script is read whole with its header, so that running it or checking its
		// checksum does not open it again (in a jar, that means opening the jar again)
		byte[] start;
		try {
			start = content.readNBytes(KEPT_CONTENT_LIMIT + 1);
		}
		catch (IOException ex) {
			throw new ScriptReadException(resource.origin(), ex);
		}
		if (start.length <= KEPT_CONTENT_LIMIT) {
			return new SqlRevisionScript(
					SqlRevisionParser.parseHeader(new ByteArrayInputStream(start), resource.origin()), resource, start);
		}
		InputStream whole = new SequenceInputStream(new ByteArrayInputStream(start), content);
		return new SqlRevisionScript(SqlRevisionParser.parseHeader(whole, resource.origin()), resource);
	}

	/**
	 * Returns the script's header.
	 * @return the header
	 */
	public SqlRevisionHeader header() {
		return this.header;
	}

	@Override
	public Revision revision() {
		return this.revision;
	}

	@Override
	public String message() {
		return this.header.message();
	}

	@Override
	public String documentation() {
		return this.header.documentation();
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String origin() {
		return this.resource.origin();
	}

	/**
	 * Returns a description unique to this script's file, for ordering scripts that share a name
	 * and origin.
	 */
	String location() {
		return this.resource.location();
	}

	@Override
	public boolean transactional() {
		return this.header.transactional();
	}

	@Override
	public boolean downgradable() {
		return body().sections().downgrade().isPresent();
	}

	@Override
	public String checksum() {
		return body().checksum();
	}

	/**
	 * Returns the statements of the upgrade section.
	 * @param syntax the lexical rules of the target database
	 * @return the statements, in order, with their line numbers in the script
	 * @throws ScriptReadException if the script can no longer be read
	 * @throws ScriptParseException if the body is malformed
	 */
	public List<SqlStatement> upgradeStatements(SqlSyntax syntax) {
		return this.upgradeStatements.computeIfAbsent(syntax, (key) -> {
			Body body = body();
			return split(body.text(), body.sections().upgrade(), key);
		});
	}

	/**
	 * Returns the statements of the downgrade section.
	 * @param syntax the lexical rules of the target database
	 * @return the statements, in order, with their line numbers in the script; empty for an
	 * empty downgrade section
	 * @throws IrreversibleRevisionException if the script has no downgrade section
	 * @throws ScriptReadException if the script can no longer be read
	 * @throws ScriptParseException if the body is malformed
	 */
	public List<SqlStatement> downgradeStatements(SqlSyntax syntax) {
		return this.downgradeStatements.computeIfAbsent(syntax, (key) -> {
			Body body = body();
			SqlSections.Section section = body.sections().downgrade().orElseThrow(() -> new IrreversibleRevisionException(
					id(), "Revision " + this.revision.describe() + " cannot be downgraded: its script has no"
							+ " '-- migrate:downgrade' section. Add one (an empty section downgrades without running SQL)."));
			return split(body.text(), section, key);
		});
	}

	private List<SqlStatement> split(String text, SqlSections.Section section, SqlSyntax syntax) {
		return List.copyOf(new SqlStatementSplitter(syntax).split(text, section.start(), section.end(),
				section.firstLine(), origin()));
	}

	private Body body() {
		Body loaded = this.body;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.body;
				if (loaded == null) {
					loaded = Body.read(this.resource, this.content);
					this.body = loaded;
				}
			}
		}
		return loaded;
	}

	@Override
	public String toString() {
		return "SqlRevisionScript " + this.revision.describe();
	}

	/**
	 * The body of a script, read on demand.
	 */
	private record Body(String text, String checksum, SqlSections sections) {

		static Body read(ScriptResource resource, byte @Nullable [] content) {
			String text;
			try {
				text = (content != null) ? ScriptText.decode(content) : resource.readText();
			}
			catch (IOException ex) {
				throw new ScriptReadException(resource.origin(), ex);
			}
			return new Body(text, ScriptText.checksum(text), SqlRevisionParser.parseSections(text, resource.origin()));
		}

	}

}
