package dev.migrate.demo;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The demo application: a web application on JPA whose database migrate upgrades at startup.
 */
@SpringBootApplication
public class DemoApplication {

	/**
	 * The clock that stamps users, lists and todos. It ticks in whole seconds, the precision of a
	 * {@code TIMESTAMP} column on every database the demo runs on, so what the API answers right
	 * after a change is what it reads back later.
	 * @return the system clock, in whole seconds
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemDefaultZone(), Duration.ofSeconds(1));
	}

	/**
	 * Starts the application.
	 * @param args the command line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(DemoApplication.class, args);
	}

}
