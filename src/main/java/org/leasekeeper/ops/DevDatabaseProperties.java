package org.leasekeeper.ops;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL of {@code ./mvnw spring-boot:run} (Spring profile {@code dev}), used only when no
 * {@code SPRING_DATASOURCE_URL} is set.
 *
 * @param embeddedDatabase start an embedded PostgreSQL ({@code LEASEKEEPER_DEV_EMBEDDED_DATABASE})
 * @param dataDirectory    where it keeps its data across restarts ({@code LEASEKEEPER_DEV_DATA_DIRECTORY})
 * @param databasePort     its TCP port on the loopback address ({@code LEASEKEEPER_DEV_DATABASE_PORT})
 */
@ConfigurationProperties("leasekeeper.dev")
record DevDatabaseProperties(
        @DefaultValue("false") boolean embeddedDatabase,
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("15432") int databasePort) {
}
