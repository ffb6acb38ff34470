package org.leasekeeper.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test (combine with {@code @SpringBootTest} or a slice) against the real test PostgreSQL:
 * see {@link TestPostgres}. Tests share one schema per JVM; call {@link DatabaseCleaner} before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import({TestDatabaseConfiguration.class, DatabaseCleaner.class})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface DatabaseTest {
}
