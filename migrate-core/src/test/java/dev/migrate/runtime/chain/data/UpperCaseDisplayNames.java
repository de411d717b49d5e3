package dev.migrate.runtime.chain.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Operations;
import dev.migrate.ops.Revision;

/**
 * A data migration in Java: reads each customer and writes its display name back in upper case;
 * the downgrade copies the names again. It changes rows only, so the catalog is the same with
 * or without it.
 */
@Revision(id = "data1", revises = "chain07", branchLabels = "data", message = "Upper-case display names")
public class UpperCaseDisplayNames implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.run(UpperCaseDisplayNames::upperCase);
	}

	@Override
	public void downgrade(Operations op) {
		op.run((connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("UPDATE customers SET display_name = name");
			}
		});
	}

	private static void upperCase(Connection connection) throws SQLException {
		Map<Long, String> names = new LinkedHashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("SELECT id, display_name FROM customers ORDER BY id")) {
			while (rows.next()) {
				names.put(rows.getLong(1), rows.getString(2));
			}
		}
		try (PreparedStatement update = connection.prepareStatement("UPDATE customers SET display_name = ? WHERE id = ?")) {
			for (Map.Entry<Long, String> name : names.entrySet()) {
				update.setString(1, name.getValue().toUpperCase(Locale.ROOT));
				update.setLong(2, name.getKey());
				update.executeUpdate();
			}
		}
	}

}
