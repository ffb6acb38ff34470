package org.leasekeeper.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties every table between tests, so each test starts from a migrated, empty schema.
 *
 * <p>Row deletes, not {@code TRUNCATE}: other cached application contexts in the same JVM may be reading these
 * tables in the background (subnet snapshot refresh, pool gauges), and a {@code TRUNCATE} queued for its
 * ACCESS EXCLUSIVE locks table by table deadlocks with such readers. Identity sequences are restarted with
 * {@code ALTER SEQUENCE}, which locks only the sequence and, unlike {@code setval}, rolls back with a test's
 * transaction.
 */
@TestComponent
public class DatabaseCleaner {

    private final JdbcClient jdbc;

    public DatabaseCleaner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void clean() {
        jdbc.sql("""
                do $$
                begin
                    delete from lease_history;
                    delete from lease;
                    delete from reservation;
                    delete from pool;
                    delete from subnet;
                    -- ALTER SEQUENCE is transactional (setval is not): a test that rolls back restores both.
                    execute (select string_agg(format('alter sequence %s restart', pg_get_serial_sequence(t, 'id')), '; ')
                             from unnest(array['subnet', 'pool', 'reservation', 'lease_history']) as t);
                end
                $$""").update();
    }
}
