package dev.migrate.ops;

import java.util.Objects;

/**
 * A column's server default: a value the database stores when an insert does not give one.
 */
public sealed interface DefaultValue {

	/**
	 * A constant, written as each database's literal: a string, a number, a boolean, or a
	 * {@code java.time} date, time or timestamp.
	 *
	 * @param value the value
	 */
	record Literal(Object value) implements DefaultValue {

		/**
		 * Checks the value.
		 */
		public Literal {
			Objects.requireNonNull(value, "value");
		}

	}

	/**
	 * An SQL expression written as it is, such as {@code CURRENT_TIMESTAMP}: the revision's
	 * author vouches that every target database accepts it.
	 *
	 * @param sql the expression
	 */
	record Expression(String sql) implements DefaultValue {

		/**
		 * Checks the expression.
		 */
		public Expression {
			Objects.requireNonNull(sql, "sql");
		}

	}

}
