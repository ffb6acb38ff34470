package org.leasekeeper.ops;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * {@code java -jar leasekeeper.jar} without {@code SPRING_DATASOURCE_URL}: says what to set, instead of Spring
 * Boot's advice to add an in-memory database to the classpath.
 */
class MissingDatabaseFailureAnalyzer implements FailureAnalyzer, Ordered {

    /** Spring Boot's (package-private) failure when no URL is set and no embedded database is known. */
    private static final String NO_URL = "org.springframework.boot.jdbc.autoconfigure.DataSourceProperties"
            + "$DataSourceBeanCreationException";

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals(NO_URL)) {
                return new FailureAnalysis("No database configured: SPRING_DATASOURCE_URL is not set.",
                        "Set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD) to a"
                                + " PostgreSQL database, for example jdbc:postgresql://127.0.0.1:5432/leasekeeper. To"
                                + " try Leasekeeper without one, run ./mvnw spring-boot:run, which starts an embedded"
                                + " PostgreSQL.", t);
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
