package dev.migrate.command;

import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import dev.migrate.dialect.Dialect;

/**
 * The database the database commands work on: where connections come from, its dialect when it
 * should not be detected, and the URL to name it by.
 *
 * <pre>{@code
 * DatabaseTarget target = DatabaseTarget.of(dataSource).withDialect(Dialects.forName("postgresql"));
 * }</pre>
 *
 * @param dataSource where connections come from; a command uses one at a time (two on H2, whose
 * lock needs its own)
 * @param dialect the database's dialect; empty to detect it from a connection
 * @param url the JDBC URL, printed with its password masked (by {@code current -v}); empty to ask
 * a connection for it
 */
public record DatabaseTarget(DataSource dataSource, Optional<Dialect> dialect, Optional<String> url) {

	/**
	 * Creates a target, checking every part is given.
	 */
	public DatabaseTarget {
		Objects.requireNonNull(dataSource, "dataSource");
		Objects.requireNonNull(dialect, "dialect");
		Objects.requireNonNull(url, "url");
	}

	/**
	 * Returns the target of a data source whose dialect is detected and whose URL is asked from a
	 * connection.
	 * @param dataSource the data source
	 * @return the target
	 */
	public static DatabaseTarget of(DataSource dataSource) {
		return new DatabaseTarget(dataSource, Optional.empty(), Optional.empty());
	}

	/**
	 * Returns this target with a dialect that overrides detection.
	 * @param dialect the dialect
	 * @return the new target
	 */
	public DatabaseTarget withDialect(Dialect dialect) {
		return new DatabaseTarget(this.dataSource, Optional.of(dialect), this.url);
	}

	/**
	 * Returns this target named by a JDBC URL.
	 * @param url the URL; its password is masked wherever it is printed
	 * @return the new target
	 */
	public DatabaseTarget withUrl(String url) {
		return new DatabaseTarget(this.dataSource, this.dialect, Optional.of(url));
	}

	@Override
	public String toString() {
		return "DatabaseTarget " + this.url.map(JdbcUrlMasker::mask).orElse(String.valueOf(this.dataSource));
	}

}
