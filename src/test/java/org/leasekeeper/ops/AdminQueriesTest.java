package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs every SQL block of docs/operations.md against the migrated schema: the example admin queries each
 * return the sample rows, and the read-only role can read them all and change nothing. Each test rolls back.
 */
@JdbcTest
@DatabaseTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AdminQueriesTest {

    static final String QUERIES = "Example admin queries";
    static final String ROLE = "A read-only SQL role for administrators";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void sampleData() {
        cleaner.clean();
        long subnet = jdbc.sql("""
                insert into subnet (name, cidr, lease_time_seconds, renew_time_seconds, rebind_time_seconds,
                                    created_at, updated_at)
                values ('lab', '192.0.2.0/24', 3600, 1800, 3150, now(), now()) returning id""")
                .query(Long.class).single();
        assertThat(subnet).as("the page's examples use subnet 1").isEqualTo(1);
        jdbc.sql("insert into pool (subnet_id, first_address, last_address) values (1, '192.0.2.100', '192.0.2.102')")
                .update();
        jdbc.sql("""
                insert into lease (ip_address, subnet_id, in_pool, state, hw_address, client_key, hostname,
                                   started_at, expires_at, free_since, updated_at)
                values ('192.0.2.100', 1, true, 'BOUND', '52:54:00:12:34:56', 'hw:52:54:00:12:34:56', 'host1',
                        now() - interval '10 minutes', now() + interval '20 minutes', null, now()),
                       ('192.0.2.101', 1, true, null, null, null, null, null, null, now(), now()),
                       ('192.0.2.102', 1, true, 'DECLINED', '52:54:00:00:00:02', 'hw:52:54:00:00:00:02', null,
                        now() - interval '1 hour', now() + interval '23 hours', null, now())""").update();
        jdbc.sql("""
                insert into lease_history (ip_address, subnet_id, at, event, hw_address, hostname, source)
                values ('192.0.2.100', 1, now() - interval '10 minutes', 'OFFERED', '52:54:00:12:34:56', 'host1',
                        'DHCP'),
                       ('192.0.2.100', 1, now() - interval '10 minutes', 'BOUND', '52:54:00:12:34:56', 'host1',
                        'DHCP')""").update();
    }

    @Test
    void thePageHasItsQueries() {
        assertThat(OperationsGuide.sqlBlocks(QUERIES)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(OperationsGuide.sqlBlocks(ROLE)).hasSize(1);
    }

    @Test
    void everyExampleQueryRunsAndFindsTheSampleRows() {
        for (String query : OperationsGuide.sqlBlocks(QUERIES)) {
            List<Map<String, Object>> rows = jdbc.sql(query).query().listOfRows();
            assertThat(rows).as(query).isNotEmpty();
        }
    }

    @Test
    void theReadOnlyRoleReadsEverythingAndChangesNothing() {
        String schema = jdbc.sql("select current_schema()").query(String.class).single();
        for (String statement : OperationsGuide.sqlBlocks(ROLE).getFirst().split(";\\s*")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement.replace("SCHEMA public", "SCHEMA " + schema)).update();
            }
        }

        jdbc.sql("set local role leasekeeper_readonly").update();
        for (String query : OperationsGuide.sqlBlocks(QUERIES)) {
            assertThat(jdbc.sql(query).query().listOfRows()).as(query).isNotEmpty();
        }
        assertThatThrownBy(() -> jdbc.sql("delete from lease").update())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void readsOnlyTheBlocksOfTheNamedSection() {
        String markdown = """
                ## One
                ```sql
                select 1;
                ```
                ## Two
                ```sql
                select 2;
                ```
                ```sh
                echo no
                ```
                """;
        assertThat(OperationsGuide.sqlBlocks(markdown, "Two")).containsExactly("select 2;");
    }
}
