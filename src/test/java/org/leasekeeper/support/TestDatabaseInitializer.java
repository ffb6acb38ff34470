package org.leasekeeper.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the context at {@link TestPostgres}' database unless Testcontainers provides one. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (TestPostgres.useTestcontainers()) {
            return;
        }
        TestPostgres.Connection db = TestPostgres.connection();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("leasekeeperTestDatabase",
                Map.of("spring.datasource.url", db.url(),
                        "spring.datasource.username", db.username(),
                        "spring.datasource.password", db.password(),
                        "spring.flyway.default-schema", db.schema(),
                        "spring.flyway.schemas", db.schema())));
    }
}
