package dev.migrate.autoconfigure.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the test slices in this package find.
 */
@SpringBootApplication
public class TestApplication {

}
