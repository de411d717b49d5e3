package dev.migrate.autoconfigure.actuate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.StaticApplicationContext;

import dev.migrate.autoconfigure.Migrate;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.BranchDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.ContextMigrationsDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.DataSourceMigrationsDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.HistoryEntryDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.MigrationsDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.RevisionDescriptor;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.script.Location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link MigrationsEndpoint}.
 */
class MigrationsEndpointTests {

	@Test
	void databaseThatWasNeverMigratedShowsEveryRevisionAsPendingInTheOrderAnUpgradeAppliesThem() {
		TestMigrations migrations = TestMigrations.branched("dataSource");
		DataSourceMigrationsDescriptor described = describe(migrations);
		assertThat(described.currentRevisions()).isEmpty();
		assertThat(described.upToDate()).isFalse();
		assertThat(described.pending()).extracting(RevisionDescriptor::revision).containsExactly("a1", "c3", "b2");
		assertThat(described.history()).isEmpty();
		assertThat(described.error()).isNull();
	}

	@Test
	void pendingRevisionsCarryTheirDownRevisionsMessageAndBranchLabels() {
		DataSourceMigrationsDescriptor described = describe(TestMigrations.branched("dataSource"));
		assertThat(described.pending()).containsExactly(
				new RevisionDescriptor("a1", List.of(), "Create users", Set.of()),
				new RevisionDescriptor("c3", List.of("a1"), "Add audit", Set.of("audit")),
				new RevisionDescriptor("b2", List.of("a1"), "Add todos", Set.of()));
	}

	@Test
	void headsAndBranchPointsComeFromTheScripts() {
		DataSourceMigrationsDescriptor described = describe(TestMigrations.branched("dataSource"));
		assertThat(described.heads()).containsExactly("b2", "c3");
		assertThat(described.branches()).containsExactly(
				new BranchDescriptor("a1", "Create users", Set.of(), List.of("b2", "c3")));
	}

	@Test
	void databasePartlyMigratedShowsOnlyWhatIsLeft() {
		TestMigrations migrations = TestMigrations.branched("dataSource");
		migrations.upgrade("b2");
		DataSourceMigrationsDescriptor described = describe(migrations);
		assertThat(described.currentRevisions()).containsExactly("b2");
		assertThat(described.upToDate()).isFalse();
		assertThat(described.pending()).extracting(RevisionDescriptor::revision).containsExactly("c3");
	}

	@Test
	void databaseAtTheHeadsIsUpToDate() {
		TestMigrations migrations = TestMigrations.branched("dataSource");
		migrations.upgrade("heads");
		DataSourceMigrationsDescriptor described = describe(migrations);
		assertThat(described.currentRevisions()).containsExactlyInAnyOrder("b2", "c3");
		assertThat(described.upToDate()).isTrue();
		assertThat(described.pending()).isEmpty();
	}

	@Test
	void historyShowsAppliedRevisionsNewestFirst() {
		TestMigrations migrations = TestMigrations.branched("dataSource");
		migrations.upgrade("heads");
		DataSourceMigrationsDescriptor described = describe(migrations);
		assertThat(described.history()).hasSize(3);
		assertThat(described.history()).extracting(HistoryEntryDescriptor::revision).containsExactly("b2", "c3", "a1");
		HistoryEntryDescriptor first = described.history().get(2);
		assertThat(first.direction()).isEqualTo("upgrade");
		assertThat(first.message()).isEqualTo("Create users");
		assertThat(first.checksum()).isNotBlank();
		assertThat(first.installedBy()).isNotBlank();
		assertThat(first.startedAt()).isNotNull();
		assertThat(first.durationMs()).isNotNegative();
		assertThat(first.success()).isTrue();
		assertThat(first.error()).isNull();
	}

	@Test
	void historyIsLimited() {
		TestMigrations migrations = TestMigrations.branched("dataSource");
		migrations.upgrade("heads");
		MigrationsDescriptor descriptor = endpoint(migrations.migrate(), 2).migrations();
		assertThat(single(descriptor).history()).extracting(HistoryEntryDescriptor::revision).containsExactly("b2", "c3");
	}

	@Test
	void failedMigrationShowsInTheHistory() {
		TestMigrations migrations = TestMigrations.failing("dataSource");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrations.upgrade("heads"));
		DataSourceMigrationsDescriptor described = describe(migrations);
		assertThat(described.currentRevisions()).containsExactly("a1");
		assertThat(described.upToDate()).isFalse();
		assertThat(described.pending()).extracting(RevisionDescriptor::revision).containsExactly("f2");
		HistoryEntryDescriptor failure = described.history().get(0);
		assertThat(failure.revision()).isEqualTo("f2");
		assertThat(failure.success()).isFalse();
		assertThat(failure.error()).isNotBlank();
	}

	@Test
	void databaseThatCannotBeReadShowsAnErrorInsteadOfFailing() {
		DataSourceMigrationsDescriptor described = single(
				endpoint(TestMigrations.unreachable("dataSource"), 20).migrations());
		assertThat(described.error()).contains("Could not connect to the database");
		assertThat(described.upToDate()).isFalse();
		assertThat(described.currentRevisions()).isEmpty();
		assertThat(described.pending()).isEmpty();
		assertThat(described.heads()).containsExactly("b2", "c3");
	}

	@Test
	void databaseAtAPinnedTargetIsUpToDateThoughAnotherHeadIsNotApplied() {
		TestMigrations migrations = TestMigrations.branched("dataSource");
		migrations.upgrade("b2");
		Migrate pinned = TestMigrations.builder("dataSource", migrations.migrate().dataSource(), "branched")
			.target("b2")
			.build();
		DataSourceMigrationsDescriptor described = single(endpoint(pinned, 20).migrations());
		assertThat(described.upToDate()).isTrue();
		assertThat(described.pending()).isEmpty();
		assertThat(described.heads()).containsExactly("b2", "c3");
	}

	@Test
	void scriptsThatCannotBeLoadedShowAnErrorInsteadOfFailing() {
		Migrate migrate = Migrate.builder("default", TestMigrations.untouched("dataSource").dataSource())
			.dataSourceName("dataSource")
			.locations(List.of(Location.filesystem(Path.of("does-not-exist"))))
			.build();
		DataSourceMigrationsDescriptor described = single(endpoint(migrate, 20).migrations());
		assertThat(described.error()).contains("does-not-exist");
		assertThat(described.upToDate()).isFalse();
		assertThat(described.heads()).isEmpty();
	}

	@Test
	void twoMigrationsOfOneDataSourceAreToldApartByTheirNames() {
		Migrate first = TestMigrations.untouched("dataSource");
		Migrate second = Migrate.builder("audit", first.dataSource()).dataSourceName("dataSource").build();
		StaticApplicationContext context = new StaticApplicationContext();
		context.getBeanFactory().registerSingleton("first", first);
		context.getBeanFactory().registerSingleton("second", second);
		context.refresh();
		assertThat(new MigrationsEndpoint(context).migrations().contexts().get(context.getId()).dataSources())
			.containsOnlyKeys("dataSource/dataSource", "dataSource/audit");
	}

	@Test
	void eachDataSourceIsShownUnderItsName() {
		TestMigrations primary = TestMigrations.branched("primary");
		primary.upgrade("heads");
		TestMigrations reporting = TestMigrations.branched("reporting");
		StaticApplicationContext context = new StaticApplicationContext();
		context.getBeanFactory().registerSingleton("primaryMigrations", primary.migrate());
		context.getBeanFactory().registerSingleton("reportingMigrations", reporting.migrate());
		context.refresh();
		Map<String, DataSourceMigrationsDescriptor> dataSources = new MigrationsEndpoint(context).migrations()
			.contexts()
			.get(context.getId())
			.dataSources();
		assertThat(dataSources).containsOnlyKeys("primary", "reporting");
		assertThat(dataSources.get("primary").upToDate()).isTrue();
		assertThat(dataSources.get("reporting").upToDate()).isFalse();
	}

	@Test
	void migrationsOfTheParentContextAreShownUnderItsId() {
		TestMigrations parentMigrations = TestMigrations.branched("parentDataSource");
		new ApplicationContextRunner().withBean("migrations", Migrate.class, parentMigrations::migrate)
			.run((parent) -> new ApplicationContextRunner().withParent(parent)
				.withUserConfiguration(ChildConfiguration.class)
				.run((child) -> {
					Map<String, ContextMigrationsDescriptor> contexts = child.getBean(MigrationsEndpoint.class)
						.migrations()
						.contexts();
					assertThat(contexts).containsOnlyKeys(child.getId(), parent.getId());
					assertThat(contexts.get(child.getId()).parentId()).isEqualTo(parent.getId());
					assertThat(contexts.get(child.getId()).dataSources()).isEmpty();
					assertThat(contexts.get(parent.getId()).parentId()).isNull();
					assertThat(contexts.get(parent.getId()).dataSources()).containsOnlyKeys("parentDataSource");
				}));
	}

	@Test
	void responseIsAnOperationResponseBody() {
		assertThat(endpoint(TestMigrations.untouched("dataSource"), 20).migrations()).isInstanceOf(OperationResponseBody.class);
	}

	@Test
	void negativeHistoryLimitIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MigrationsEndpoint(new StaticApplicationContext(), -1))
			.withMessageContaining("-1");
	}

	@Test
	void jsonOfADatabaseBehindListsThePendingRevisions() {
		TestMigrations migrations = TestMigrations.branched("dataSource");
		migrations.upgrade("a1");
		DocumentContext json = json(endpoint(migrations.migrate(), 20).migrations());
		String dataSource = "$.contexts.*.dataSources.dataSource";
		assertThat(json.<List<Object>>read("$.contexts.*.parentId")).isEmpty();
		assertThat(json.<List<Object>>read("$.contexts.*.dataSources.dataSource.error")).isEmpty();
		assertThat(json.<List<List<String>>>read(dataSource + ".currentRevisions")).containsExactly(List.of("a1"));
		assertThat(json.<List<List<String>>>read(dataSource + ".heads")).containsExactly(List.of("b2", "c3"));
		assertThat(json.<List<Boolean>>read(dataSource + ".upToDate")).containsExactly(false);
		assertThat(json.<List<String>>read(dataSource + ".pending[*].revision")).containsExactly("c3", "b2");
		assertThat(json.<List<List<String>>>read(dataSource + ".pending[0].downRevisions")).containsExactly(List.of("a1"));
		assertThat(json.<List<String>>read(dataSource + ".pending[0].message")).containsExactly("Add audit");
		assertThat(json.<List<List<String>>>read(dataSource + ".pending[0].branchLabels"))
			.containsExactly(List.of("audit"));
		assertThat(json.<List<String>>read(dataSource + ".branches[*].revision")).containsExactly("a1");
		assertThat(json.<List<List<String>>>read(dataSource + ".branches[0].nextRevisions"))
			.containsExactly(List.of("b2", "c3"));
	}

	@Test
	void jsonOfTheHistoryNamesEveryColumn() {
		TestMigrations migrations = TestMigrations.failing("dataSource");
		assertThatExceptionOfType(MigrationFailedException.class).isThrownBy(() -> migrations.upgrade("heads"));
		DocumentContext json = json(endpoint(migrations.migrate(), 20).migrations());
		List<Map<String, Object>> history = json.read("$.contexts.*.dataSources.dataSource.history[0]");
		assertThat(history).singleElement()
			.satisfies((row) -> assertThat(row).containsOnlyKeys("revision", "direction", "message", "checksum",
					"installedBy", "startedAt", "durationMs", "success", "error"))
			.satisfies((row) -> assertThat(row).containsEntry("revision", "f2")
				.containsEntry("direction", "upgrade")
				.containsEntry("message", "Break things")
				.containsEntry("success", false))
			.satisfies((row) -> assertThat(row.get("startedAt")).asString().matches("\\d{4}-\\d{2}-\\d{2}T.*"))
			.satisfies((row) -> assertThat(row.get("error")).asString().isNotBlank());
	}

	@Test
	void jsonOfADatabaseThatCannotBeReadHasAnError() {
		DocumentContext json = json(endpoint(TestMigrations.unreachable("dataSource"), 20).migrations());
		assertThat(json.<List<String>>read("$.contexts.*.dataSources.dataSource.error")).singleElement()
			.asString()
			.contains("Could not connect to the database");
	}

	private static DataSourceMigrationsDescriptor describe(TestMigrations migrations) {
		return single(endpoint(migrations.migrate(), MigrationsEndpoint.DEFAULT_HISTORY_LIMIT).migrations());
	}

	private static MigrationsEndpoint endpoint(Migrate migrate, int historyLimit) {
		StaticApplicationContext context = new StaticApplicationContext();
		context.getBeanFactory().registerSingleton("migrations", migrate);
		context.refresh();
		return new MigrationsEndpoint(context, historyLimit);
	}

	private static DataSourceMigrationsDescriptor single(MigrationsDescriptor descriptor) {
		assertThat(descriptor.contexts()).hasSize(1);
		ContextMigrationsDescriptor context = descriptor.contexts().values().iterator().next();
		assertThat(context.dataSources()).hasSize(1);
		return context.dataSources().values().iterator().next();
	}

	private static DocumentContext json(MigrationsDescriptor descriptor) {
		// as Actuator's endpoint mapper writes it: without null values
		JsonMapper mapper = JsonMapper.builder()
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(Include.NON_NULL)
				.withContentInclusion(Include.NON_NULL))
			.build();
		return JsonPath.parse(mapper.writeValueAsString(descriptor));
	}

	@Configuration(proxyBeanMethods = false)
	static class ChildConfiguration {

		@Bean
		MigrationsEndpoint migrationsEndpoint(ApplicationContext context) {
			return new MigrationsEndpoint(context);
		}

	}

}
