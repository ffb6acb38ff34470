package org.leasekeeper.reclaim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leasekeeper.lease.LeaseRequest;
import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.lease.Source;
import org.leasekeeper.lease.LeaseTest;
import org.leasekeeper.lease.SubnetFixture;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.MacAddress;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@LeaseTest
@TestPropertySource(properties = "leasekeeper.reclaim.batch-size=3")
class ReclaimJobTest {

    @Autowired
    ReclaimJob job;
    @Autowired
    LeaseService leases;
    @Autowired
    SubnetFixture subnets;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
        clock.set(MutableClock.START);
    }

    @Test
    void aPassReclaimsBatchAfterBatchUntilNothingIsDue() {
        Subnet subnet = subnets.create("10.4.0.0/24", "10.4.0.10-10.4.0.30");
        bindClients(subnet, 7);
        assertThat(job.runPass()).isZero();
        clock.advance(Duration.ofHours(2));

        assertThat(job.runPass()).isEqualTo(7);

        assertThat(count("select count(*) from lease where state = 'EXPIRED' and free_since is not null")).isEqualTo(7);
        assertThat(count("select count(*) from lease_history where event = 'EXPIRED' and source = 'RECLAIM'")).isEqualTo(7);
        assertThat(job.runPass()).isZero();
    }

    @Test
    void concurrentReclaimersReclaimEachLeaseOnce() throws Exception {
        Subnet subnet = subnets.create("10.4.0.0/23", "10.4.0.10-10.4.1.250");
        bindClients(subnet, 300);
        clock.advance(Duration.ofHours(2));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> reclaimers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                reclaimers.add(() -> {
                    int total = 0;
                    int n;
                    do {
                        n = leases.reclaimBatch(7);
                        total += n;
                    } while (n > 0);
                    return total;
                });
            }
            int total = 0;
            for (Future<Integer> result : pool.invokeAll(reclaimers)) {
                total += result.get();
            }
            assertThat(total).isEqualTo(300);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from lease_history where event = 'EXPIRED'")).isEqualTo(300);
        assertThat(count("select count(distinct ip_address) from lease_history where event = 'EXPIRED'")).isEqualTo(300);
    }

    private void bindClients(Subnet subnet, int clients) {
        for (int i = 0; i < clients; i++) {
            ClientIdentity client = ClientIdentity.of(MacAddress.parse(String.format("52:54:00:00:%02x:%02x", i / 256, i % 256)));
            leases.allocate(new LeaseRequest(subnet.id(), client, null, null, null, Source.API));
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
