package dev.migrate.ops;

import java.util.Optional;

/**
 * Collects the changes of one {@link Operations#alterColumn} call, and the hints about the
 * column as it is that some databases need: MariaDB and MySQL restate the whole column to change
 * any part of it, so changing only the nullability there needs {@link #existingType}.
 */
public final class ColumnChanges {

	private Optional<ColumnType> type = Optional.empty();

	private Optional<Boolean> nullable = Optional.empty();

	private Optional<Operation.DefaultChange> defaultChange = Optional.empty();

	private Optional<String> newName = Optional.empty();

	private Optional<String> comment = Optional.empty();

	private Optional<ColumnType> existingType = Optional.empty();

	private Optional<Boolean> existingNullable = Optional.empty();

	private Optional<DefaultValue> existingDefault = Optional.empty();

	private Optional<String> existingComment = Optional.empty();

	ColumnChanges() {
	}

	/**
	 * Changes the column's type.
	 * @param newType the new type
	 * @return these changes
	 */
	public ColumnChanges type(ColumnType newType) {
		this.type = Optional.of(newType);
		return this;
	}

	/**
	 * Changes whether the column accepts nulls.
	 * @param accepted whether it does
	 * @return these changes
	 */
	public ColumnChanges nullable(boolean accepted) {
		this.nullable = Optional.of(accepted);
		return this;
	}

	/**
	 * Sets the column's server default to a constant.
	 * @param value the default
	 * @return these changes
	 */
	public ColumnChanges defaultValue(Object value) {
		return defaultValue(new DefaultValue.Literal(value));
	}

	/**
	 * Sets the column's server default.
	 * @param value the default
	 * @return these changes
	 */
	public ColumnChanges defaultValue(DefaultValue value) {
		this.defaultChange = Optional.of(new Operation.DefaultChange(Optional.of(value)));
		return this;
	}

	/**
	 * Sets the column's server default to an SQL expression.
	 * @param sql the expression
	 * @return these changes
	 */
	public ColumnChanges defaultExpression(String sql) {
		return defaultValue(new DefaultValue.Expression(sql));
	}

	/**
	 * Drops the column's server default.
	 * @return these changes
	 */
	public ColumnChanges dropDefault() {
		this.defaultChange = Optional.of(new Operation.DefaultChange(Optional.empty()));
		return this;
	}

	/**
	 * Renames the column.
	 * @param name the new name
	 * @return these changes
	 */
	public ColumnChanges rename(String name) {
		this.newName = Optional.of(name);
		return this;
	}

	/**
	 * Sets the column's comment; empty text removes it.
	 * @param text the comment
	 * @return these changes
	 */
	public ColumnChanges comment(String text) {
		this.comment = Optional.of(text);
		return this;
	}

	/**
	 * Says which type the column has now.
	 * @param current the type
	 * @return these changes
	 */
	public ColumnChanges existingType(ColumnType current) {
		this.existingType = Optional.of(current);
		return this;
	}

	/**
	 * Says whether the column accepts nulls now.
	 * @param current whether it does
	 * @return these changes
	 */
	public ColumnChanges existingNullable(boolean current) {
		this.existingNullable = Optional.of(current);
		return this;
	}

	/**
	 * Says which server default the column has now.
	 * @param current the default
	 * @return these changes
	 */
	public ColumnChanges existingDefault(DefaultValue current) {
		this.existingDefault = Optional.of(current);
		return this;
	}

	/**
	 * Says which comment the column has now.
	 * @param current the comment
	 * @return these changes
	 */
	public ColumnChanges existingComment(String current) {
		this.existingComment = Optional.of(current);
		return this;
	}

	Operation.AlterColumn toOperation(String table, String column) {
		return new Operation.AlterColumn(table, column, this.type, this.nullable, this.defaultChange, this.newName,
				this.comment, this.existingType, this.existingNullable, this.existingDefault, this.existingComment);
	}

}
