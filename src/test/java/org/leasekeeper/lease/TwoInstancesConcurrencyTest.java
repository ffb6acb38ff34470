package org.leasekeeper.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leasekeeper.LeasekeeperApplication;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.MacAddress;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetService;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.support.TestPostgres;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Issue 2, item 4: two application instances on one database, many threads allocating, renewing, releasing,
 * declining, expiring and reclaiming through both; afterwards SQL shows that no address ever had two clients
 * at once and no client two active leases in a subnet.
 */
class TwoInstancesConcurrencyTest {

    private static final int CLIENTS = 80;
    private static final int THREADS_PER_INSTANCE = 6;
    private static final int OPERATIONS_PER_THREAD = 120;

    private static PostgreSQLContainer container;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        Map<String, Object> database;
        if (TestPostgres.useTestcontainers()) {
            container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            database = Map.of("spring.datasource.url", container.getJdbcUrl(),
                    "spring.datasource.username", container.getUsername(),
                    "spring.datasource.password", container.getPassword());
        } else {
            TestPostgres.Connection db = TestPostgres.connection();
            database = Map.of("spring.datasource.url", db.url(), "spring.datasource.username", db.username(),
                    "spring.datasource.password", db.password(), "spring.flyway.default-schema", db.schema(),
                    "spring.flyway.schemas", db.schema());
        }
        first = start(database);
        second = start(database);
        new DatabaseCleaner(first.getBean(JdbcClient.class)).clean();
    }

    private static ConfigurableApplicationContext start(Map<String, Object> database) {
        return new SpringApplicationBuilder(LeasekeeperApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(database)
                .properties("server.port=0", "leasekeeper.dhcp.enabled=false", "leasekeeper.reclaim.interval=1h",
                        "leasekeeper.subnet.refresh-interval=1h", "leasekeeper.metrics.pool-refresh=1h",
                        "spring.datasource.hikari.maximum-pool-size=" + (THREADS_PER_INSTANCE + 2),
                        "spring.datasource.hikari.minimum-idle=1")
                .run();
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (container != null) {
            container.stop();
        }
    }

    @Test
    void noAddressEverHasTwoClientsAndNoClientTwoActiveLeases() throws Exception {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        Subnet subnet = new SubnetFixture(jdbc, first, first.getBean(PlatformTransactionManager.class),
                first.getBean(Clock.class), first.getBean(SubnetService.class)).create("10.6.0.0/24", "10.6.0.10-10.6.0.109");
        List<LeaseService> instances = List.of(first.getBean(LeaseService.class), second.getBean(LeaseService.class));
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
        for (int t = 0; t < 2 * THREADS_PER_INSTANCE; t++) {
            LeaseService leases = instances.get(t % 2);
            threads.execute(() -> {
                for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    try {
                        randomOperation(leases, subnet.id());
                    } catch (AddressInUse | PoolExhausted | LeaseNotActive | NotLeaseOwner | LeaseNotFound expected) {
                        // the answers a client gets when it loses a race or the pool is full
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

        assertThat(unexpected).isEmpty();
        assertThat(count(jdbc, "select count(*) from lease_history")).isGreaterThan(500);
        assertThat(count(jdbc, """
                select count(*) from (select subnet_id, client_key from lease where state in ('OFFERED', 'BOUND')
                                      group by subnet_id, client_key having count(*) > 1) twice""")).isZero();
        // Per address, in the order the transitions happened: a lease starts for a new client only after the
        // previous client's lease ended (released or expired).
        assertThat(count(jdbc, """
                select count(*) from (
                    select event, who, lag(event) over w as previous_event, lag(who) over w as previous_who
                    from (select id, ip_address, event, coalesce(encode(client_id, 'hex'), hw_address::text) as who
                          from lease_history) h
                    window w as (partition by ip_address order by id)) t
                where event in ('OFFERED', 'BOUND') and previous_event is not null
                  and previous_who is distinct from who and previous_event not in ('RELEASED', 'EXPIRED')""")).isZero();
        // Every address's state is the one its last history row says.
        assertThat(count(jdbc, """
                select count(*) from lease l
                join lateral (select event from lease_history h where h.ip_address = l.ip_address
                              order by id desc limit 1) last on true
                where l.state is distinct from case last.event when 'RENEWED' then 'BOUND' else last.event end""")).isZero();
        assertThat(count(jdbc, "select count(*) from lease where state in ('OFFERED', 'BOUND')")).isLessThanOrEqualTo(100);
    }

    private static void randomOperation(LeaseService leases, long subnetId) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        ClientIdentity client = ClientIdentity.of(MacAddress.parse(String.format("52:54:00:06:00:%02x", random.nextInt(CLIENTS))));
        Duration leaseTime = random.nextInt(4) == 0 ? Duration.ofMillis(300) : null;
        LeaseRequest request = new LeaseRequest(subnetId, client, "host", null, leaseTime, Source.API);
        int choice = random.nextInt(100);
        if (choice < 30) {
            leases.allocate(request);
        } else if (choice < 45) {
            Lease offer = leases.offer(request, Duration.ofMillis(500));
            leases.bind(new LeaseRequest(subnetId, client, null, offer.ipAddress(), leaseTime, Source.DHCP));
        } else if (choice < 50) {
            leases.bind(new LeaseRequest(subnetId, client, null, ip(random), leaseTime, Source.DHCP));
        } else if (choice < 65) {
            leases.findLatestForClient(subnetId, client)
                    .ifPresent(lease -> leases.renew(lease.ipAddress(), client, leaseTime, Source.API));
        } else if (choice < 80) {
            leases.findLatestForClient(subnetId, client)
                    .ifPresent(lease -> leases.release(lease.ipAddress(), client, Source.API));
        } else if (choice < 83) {
            leases.findLatestForClient(subnetId, client)
                    .ifPresent(lease -> leases.decline(lease.ipAddress(), client, Source.DHCP));
        } else if (choice < 86) {
            leases.expire(ip(random), Source.API);
        } else if (choice < 90) {
            leases.cancelOffer(subnetId, client, Source.DHCP);
        } else {
            leases.reclaimBatch(5);
        }
    }

    private static org.leasekeeper.net.Ipv4Address ip(ThreadLocalRandom random) {
        return org.leasekeeper.net.Ipv4Address.parse("10.6.0." + (10 + random.nextInt(100)));
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
