package org.leasekeeper.lease;

import org.leasekeeper.net.ClientId;

import org.leasekeeper.net.MacAddress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Produces the {@code EXPLAIN ANALYZE} plans of {@code docs/lease-store.md}: a /16 subnet (65,534 pool addresses)
 * at 99 % use, then every hot-path statement of {@link LeaseSql} explained with realistic parameters (writes in a
 * transaction that is rolled back). Fails when a plan reads lease rows by a sequential scan. Not part of the
 * normal build (the class name does not end in Test); run it with
 * {@code ./mvnw test -Dtest=LeaseStorePlans -Dsurefire.failIfNoSpecifiedTests=false}; the plans are written to
 * {@code target/lease-store-plans.md}.
 */
@LeaseTest
class LeaseStorePlans {

    @Autowired
    SubnetFixture subnets;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseCleaner cleaner;
    @Autowired
    MutableClock clock;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void leaseStatementsUseIndexesOnAFullSlash16() throws IOException {
        cleaner.clean();
        clock.set(MutableClock.START);
        Subnet subnet = subnets.create("10.20.0.0/16", "10.20.0.1-10.20.255.254");
        fillTo99Percent(subnet.id());
        Instant now = clock.instant();

        Map<String, String> plans = new LinkedHashMap<>();
        Map<String, Object> newClient = Map.of("subnet", subnet.id(), "key", "hw:52:54:00:99:99:99",
                "clientId", SqlValues.bytes(null), "hw", "52:54:00:99:99:99", "now", SqlValues.time(now));
        plans.put("allocate 1: LOCK_ACTIVE_OF_CLIENT", explain(LeaseSql.LOCK_ACTIVE_OF_CLIENT, newClient));
        plans.put("allocate 2a: LOCK_IF_FREE (requested address)", explain(LeaseSql.LOCK_IF_FREE,
                Map.of("subnet", subnet.id(), "ip", "10.20.100.100")));
        plans.put("allocate 2b: LOCK_PREVIOUS (returning client)", explain(LeaseSql.LOCK_PREVIOUS,
                Map.of("subnet", subnet.id(), "key", "id:01:52:54:00:99:99:99",
                        "hw", SqlValues.mac(MacAddress.parse("52:54:00:99:99:99")),
                        "clientId", SqlValues.bytes(ClientId.parse("01:52:54:00:99:99:99")))));
        plans.put("allocate 2c: LOCK_OLDEST_FREE", explain(LeaseSql.LOCK_OLDEST_FREE, Map.of("subnet", subnet.id())));
        plans.put("allocate 2b+2c: LOCK_PREVIOUS_OR_OLDEST_FREE (new client: no previous address)",
                explain(LeaseSql.LOCK_PREVIOUS_OR_OLDEST_FREE, newClient));
        Map<String, Object> returning = jdbc.sql("select client_key, hw_address::text as hw from lease "
                        + "where state = 'RELEASED' order by ip_address limit 1")
                .query((rs, n) -> Map.<String, Object>of("subnet", subnet.id(), "key", rs.getString("client_key"),
                        "hw", rs.getString("hw"), "clientId", SqlValues.bytes(null)))
                .single();
        plans.put("allocate 2b+2c: LOCK_PREVIOUS_OR_OLDEST_FREE (returning client: previous address free)",
                explain(LeaseSql.LOCK_PREVIOUS_OR_OLDEST_FREE, returning));
        plans.put("allocate 2d: LOCK_OVERDUE (only when nothing is free)", explain(LeaseSql.LOCK_OVERDUE,
                Map.of("subnet", subnet.id(), "now", SqlValues.time(now))));
        String free = jdbc.sql("select host(ip_address) from lease where free_since is not null order by free_since, ip_address limit 1")
                .query(String.class).single();
        plans.put("allocate 3 / renew 2 / release 2: WRITE (transition + history row)", explain(LeaseSql.WRITE,
                write(free, "BOUND", "hw:52:54:00:99:99:99", now)));
        Map<String, Object> bound = Map.of("ip", "10.20.77.77", "subnet", subnet.id());
        plans.put("renew 1 / release 1: LOCK_ADDRESS", explain(LeaseSql.LOCK_ADDRESS, bound));
        plans.put("reclaim: RECLAIM (batch of 1000)", explain(LeaseSql.RECLAIM,
                Map.of("now", SqlValues.time(now), "batchSize", 1000)));

        StringBuilder out = new StringBuilder();
        out.append(jdbc.sql("select format('%s lease rows, %s free, %s bound, %s past their expiry', count(*), "
                        + "count(*) filter (where free_since is not null), count(*) filter (where state = 'BOUND'), "
                        + "count(*) filter (where state = 'BOUND' and expires_at < :now)) from lease")
                .param("now", SqlValues.time(now)).query(String.class).single()).append("\n\n");
        plans.forEach((name, plan) -> out.append("### ").append(name).append("\n\n```\n").append(plan).append("```\n\n"));
        Path file = Path.of("target", "lease-store-plans.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        plans.forEach((name, plan) -> assertThat(plan).as(name).doesNotContainPattern("Seq Scan on lease( |$)"));
        assertThat(plans.get("allocate 2b+2c: LOCK_PREVIOUS_OR_OLDEST_FREE (returning client: previous address free)"))
                .as("a returning client locks no oldest free address besides its previous one")
                .containsPattern("Index Scan using lease_free_idx on lease \\S+ \\(never executed\\)");
    }

    /**
     * A /16 just created, all of it free, before autovacuum had a look: a new client's pick must still probe the
     * client indexes, not filter every free row of {@code lease_free_idx} (see {@link PoolProvisioner}).
     */
    @Test
    void aNewClientOnAFreshSlash16ProbesItsOwnIndexes() {
        cleaner.clean();
        clock.set(MutableClock.START);
        Subnet subnet = subnets.create("10.21.0.0/16", "10.21.0.1-10.21.255.254");

        String plan = explain(LeaseSql.LOCK_PREVIOUS_OR_OLDEST_FREE, Map.of("subnet", subnet.id(),
                "key", "hw:52:54:00:99:99:98", "hw", "52:54:00:99:99:98", "clientId", SqlValues.bytes(null)));

        assertThat(plan).contains("Bitmap Index Scan on lease_client_key_idx")
                .doesNotContainPattern("Rows Removed by Filter: \\d{3,}");
    }

    /** 99 % of the pool BOUND (1,024 of them past their expiry), 1 % RELEASED by earlier clients. */
    private void fillTo99Percent(long subnetId) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("""
                update lease l set
                    state = case when n % 100 = 0 then 'RELEASED' else 'BOUND' end,
                    hw_address = cast('02:00:' || substr(h, 1, 2) || ':' || substr(h, 3, 2) || ':' || substr(h, 5, 2)
                                      || ':' || substr(h, 7, 2) as macaddr),
                    client_key = case when n % 100 = 0 then 'hw:prev:' else 'hw:' end || host(l.ip_address),
                    started_at = :now - interval '1 hour',
                    expires_at = case when n % 100 = 0 then :now - make_interval(secs => n % 5000)
                                      when n % 64 = 1 then :now - interval '1 minute'
                                      else :now + make_interval(secs => 60 + n % 3600) end,
                    free_since = case when n % 100 = 0 then :now - make_interval(secs => n % 5000) end,
                    updated_at = :now
                from (select ip_address, ip_address - '0.0.0.0'::inet as n,
                             lpad(to_hex(ip_address - '0.0.0.0'::inet), 8, '0') as h
                      from lease where subnet_id = :subnet) a
                where l.ip_address = a.ip_address""")
                .param("now", now).param("subnet", subnetId).update();
        jdbc.sql("vacuum analyze lease").update();
    }

    private static Map<String, Object> write(String ip, String state, String key, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ip", ip);
        params.put("state", state);
        params.put("hw", "52:54:00:99:99:99");
        params.put("clientId", SqlValues.bytes(null));
        params.put("key", key);
        params.put("hostname", SqlValues.text("host"));
        params.put("startedAt", SqlValues.time(now));
        params.put("expiresAt", SqlValues.time(now.plus(Duration.ofHours(1))));
        params.put("freeSince", SqlValues.time(null));
        params.put("now", SqlValues.time(now));
        params.put("event", "BOUND");
        params.put("source", "API");
        return params;
    }

    /** EXPLAIN ANALYZE of one statement in a transaction that is rolled back, so writes leave no trace. */
    private String explain(String sql, Map<String, ?> params) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(status -> {
            status.setRollbackOnly();
            List<String> lines = jdbc.sql("explain (analyze, buffers, costs off) " + sql).params(params)
                    .query(String.class).list();
            return String.join("\n", lines) + "\n";
        });
    }
}
