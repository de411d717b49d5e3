package dev.migrate.demo;

import org.springframework.boot.SpringApplication;

/**
 * Runs the demo on a PostgreSQL container, for developers with Docker:
 * {@code ./mvnw -pl demo-app spring-boot:test-run}.
 */
public final class TestDemoApplication {

	private TestDemoApplication() {
	}

	/**
	 * Starts the demo with {@link ContainersConfiguration}.
	 * @param args the command line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.from(DemoApplication::main).with(ContainersConfiguration.class).run(args);
	}

}
