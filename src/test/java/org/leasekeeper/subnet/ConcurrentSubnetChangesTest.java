package org.leasekeeper.subnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leasekeeper.subnet.SubnetFixtures.definition;
import static org.leasekeeper.subnet.SubnetFixtures.ip;
import static org.leasekeeper.subnet.SubnetFixtures.range;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.MacAddress;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.web.ApiContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Races the service's checks cannot see: another instance's write that is not committed yet. The database
 * constraints decide, and the service reports their verdict as the domain exception.
 */
@ApiContextTest
class ConcurrentSubnetChangesTest {

    @Autowired
    SubnetService service;
    @Autowired
    DatabaseCleaner cleaner;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        cleaner.clean();
    }

    @Test
    void reportsAnOverlapWithASubnetCommittedWhileTheCreateWaited() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().execute("""
                    insert into subnet (cidr, lease_time_seconds, renew_time_seconds, rebind_time_seconds, created_at, updated_at)
                    values ('192.0.2.0/24', 3600, 1800, 3150, now(), now())""");

            CompletableFuture<Subnet> create = CompletableFuture.supplyAsync(() ->
                    service.create(definition("192.0.2.0/25", range("192.0.2.10", "192.0.2.20"))));
            awaitBlockedOnALock();
            other.commit();

            assertThat(outcome(create)).isInstanceOf(SubnetOverlap.class);
        }
    }

    @Test
    void reportsAConflictWithAReservationCommittedWhileTheReserveWaited() throws Exception {
        Subnet subnet = service.create(definition("192.0.2.0/24", range("192.0.2.10", "192.0.2.20")));
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().execute("insert into reservation (subnet_id, ip_address, hw_address, created_at) values ("
                    + subnet.id() + ", '192.0.2.5', '52:54:00:00:00:01', now())");

            CompletableFuture<Reservation> reserve = CompletableFuture.supplyAsync(() -> service.reserve(subnet.id(),
                    ClientIdentity.of(MacAddress.parse("52:54:00:00:00:02")), ip("192.0.2.5"), null));
            awaitBlockedOnALock();
            other.commit();

            assertThat(outcome(reserve)).isInstanceOf(ReservationConflict.class);
        }
    }

    private void awaitBlockedOnALock() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                        + " and query like 'insert into%'").query(Long.class).single() > 0);
    }

    private static Throwable outcome(CompletableFuture<?> future) throws InterruptedException {
        try {
            future.get(30, TimeUnit.SECONDS);
            throw new AssertionError("expected the change to be refused");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the change never finished", e);
        }
    }
}
