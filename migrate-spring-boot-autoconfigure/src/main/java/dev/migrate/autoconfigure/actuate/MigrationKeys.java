package dev.migrate.autoconfigure.actuate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.autoconfigure.Migrate;

/**
 * Names the migrations of a context as the endpoint and the health contributor show them.
 */
final class MigrationKeys {

	private MigrationKeys() {
	}

	/**
	 * Keys each migration by the name of its DataSource. Two migrations of one DataSource (with
	 * version tables of their own) are told apart by their migration names.
	 * @param migrations the migrations
	 * @return the migrations by key, in the given order
	 */
	static Map<String, Migrate> byDataSource(Collection<Migrate> migrations) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Migrate migrate : migrations) {
			counts.merge(migrate.dataSourceName(), 1, Integer::sum);
		}
		Map<String, Migrate> keyed = new LinkedHashMap<>();
		for (Migrate migrate : migrations) {
			boolean shared = counts.get(migrate.dataSourceName()) > 1;
			keyed.put(shared ? migrate.dataSourceName() + "/" + migrate.name() : migrate.dataSourceName(), migrate);
		}
		return keyed;
	}

}
