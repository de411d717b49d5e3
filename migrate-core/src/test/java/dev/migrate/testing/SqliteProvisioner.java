package dev.migrate.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes each test database an SQLite file in a temporary directory of the test run.
 */
final class SqliteProvisioner implements DatabaseProvisioner {

	/** The files SQLite may keep beside a database, by suffix. */
	private static final String[] SIDE_FILES = { "-journal", "-wal", "-shm" };

	private final Path directory;

	SqliteProvisioner(Path directory) {
		this.directory = directory;
	}

	@Override
	public TestDatabase create() throws IOException {
		String name = DatabaseProvisioner.newName();
		// an empty file is a valid, empty SQLite database
		Path file = Files.createFile(file(name));
		return new TestDatabase(TestDatabaseKind.SQLITE, name, "jdbc:sqlite:" + file, "", "", this);
	}

	@Override
	public void drop(TestDatabase database) throws IOException {
		Path file = file(database.name());
		Files.deleteIfExists(file);
		for (String suffix : SIDE_FILES) {
			Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
		}
	}

	@Override
	public boolean exists(TestDatabase database) {
		return Files.exists(file(database.name()));
	}

	private Path file(String name) {
		return this.directory.resolve(name + ".sqlite");
	}

}
