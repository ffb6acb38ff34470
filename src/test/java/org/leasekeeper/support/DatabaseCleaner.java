package org.leasekeeper.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties every table between tests, so each test starts from a migrated, empty schema. */
@TestComponent
public class DatabaseCleaner {

    private final JdbcClient jdbc;

    DatabaseCleaner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void clean() {
        jdbc.sql("truncate lease_history, lease, reservation, pool, subnet restart identity cascade").update();
    }
}
