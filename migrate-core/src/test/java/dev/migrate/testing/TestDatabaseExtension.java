package dev.migrate.testing;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit extension behind {@link DatabaseTest @DatabaseTest}: one invocation of the test per
 * database kind, each resolving its {@link TestDatabase} parameters to fresh databases that are
 * dropped when the invocation ends.
 */
public final class TestDatabaseExtension implements TestTemplateInvocationContextProvider {

	private static final Namespace NAMESPACE = Namespace.create(TestDatabaseExtension.class);

	@Override
	public boolean supportsTestTemplate(ExtensionContext context) {
		return context.getTestMethod().filter((method) -> AnnotationSupport.isAnnotated(method, DatabaseTest.class))
			.isPresent();
	}

	@Override
	public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
		DatabaseTest databaseTest = AnnotationSupport
			.findAnnotation(context.getRequiredTestMethod(), DatabaseTest.class)
			.orElseThrow();
		return Arrays.stream(databaseTest.value()).distinct().map(Invocation::new);
	}

	/**
	 * Returns the run's servers, made on first use and closed by JUnit when the run ends.
	 */
	private static DatabaseServers servers(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(DatabaseServers.class, (key) -> new DatabaseServers(HarnessSettings.fromEnvironment()),
					DatabaseServers.class);
	}

	/**
	 * The invocation of a test on one kind of database.
	 *
	 * @param kind the kind of database
	 */
	private record Invocation(TestDatabaseKind kind) implements TestTemplateInvocationContext {

		@Override
		public String getDisplayName(int invocationIndex) {
			return this.kind.displayName();
		}

		@Override
		public List<Extension> getAdditionalExtensions() {
			return List.of(new DatabaseResolver(this.kind));
		}

	}

	/**
	 * Skips (or fails) an invocation whose database cannot be had, before any lifecycle method
	 * runs, and resolves its {@link TestDatabase} parameters.
	 *
	 * @param kind the kind of database
	 */
	private record DatabaseResolver(TestDatabaseKind kind) implements BeforeEachCallback, ParameterResolver {

		@Override
		public void beforeEach(ExtensionContext context) {
			servers(context).provisioner(this.kind);
		}

		@Override
		public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
			return parameterContext.getParameter().getType() == TestDatabase.class;
		}

		@Override
		public TestDatabase resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
			DatabaseProvisioner provisioner = servers(extensionContext).provisioner(this.kind);
			// the invocation's store closes the database, and so drops it, when the invocation ends
			return extensionContext.getStore(NAMESPACE)
				.computeIfAbsent(new DatabaseKey(this.kind, ordinal(parameterContext)), (key) -> create(provisioner),
						TestDatabase.class);
		}

		private TestDatabase create(DatabaseProvisioner provisioner) {
			try {
				return provisioner.create();
			}
			catch (Exception ex) {
				throw new ParameterResolutionException(
						"Could not create a " + this.kind.displayName() + " test database: " + ex.getMessage(), ex);
			}
		}

		/**
		 * Returns how many {@link TestDatabase} parameters come before this one in its method.
		 */
		private static int ordinal(ParameterContext parameterContext) {
			Executable executable = parameterContext.getDeclaringExecutable();
			Parameter[] parameters = executable.getParameters();
			int ordinal = 0;
			for (int i = 0; i < parameterContext.getIndex(); i++) {
				if (parameters[i].getType() == TestDatabase.class) {
					ordinal++;
				}
			}
			return ordinal;
		}

	}

	/**
	 * The store key of the n-th test database of an invocation.
	 *
	 * @param kind the kind of database
	 * @param ordinal its position among the {@link TestDatabase} parameters of a method
	 */
	private record DatabaseKey(TestDatabaseKind kind, int ordinal) {
	}

}
