package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leasekeeper.lease.Utilization;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

class PoolGaugesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<PoolCounts.SubnetCounts> rows = new ArrayList<>();
    private int queries;
    private boolean databaseDown;

    private final PoolGauges gauges = new PoolGauges(() -> {
        queries++;
        if (databaseDown) {
            throw new IllegalStateException("database down");
        }
        return List.copyOf(rows);
    }, registry);

    @Test
    void publishesEveryStateOfEverySubnetAfterARefresh() {
        rows.add(counts(1, "192.0.2.0/24", 100, 58, 2, 39, 1));

        gauges.refresh();

        assertThat(value("1", "total")).isEqualTo(100);
        assertThat(value("1", "free")).isEqualTo(58);
        assertThat(value("1", "offered")).isEqualTo(2);
        assertThat(value("1", "bound")).isEqualTo(39);
        assertThat(value("1", "declined")).isEqualTo(1);
        assertThat(registry.get(PoolGauges.NAME).tag("subnet", "1").gauge().getId().getTag("cidr"))
                .isEqualTo("192.0.2.0/24");
    }

    @Test
    void readingTheGaugesNeverQueriesTheCounts() {
        rows.add(counts(1, "192.0.2.0/24", 10, 10, 0, 0, 0));
        gauges.refresh();
        int after = queries;

        for (int i = 0; i < 5; i++) {
            value("1", "free");
        }

        assertThat(queries).isEqualTo(after);
    }

    @Test
    void followsChangesAndDropsDeletedSubnets() {
        rows.add(counts(1, "192.0.2.0/24", 10, 10, 0, 0, 0));
        rows.add(counts(2, "198.51.100.0/24", 5, 5, 0, 0, 0));
        gauges.refresh();

        rows.clear();
        rows.add(counts(1, "192.0.2.0/24", 10, 9, 0, 1, 0));
        gauges.refresh();

        assertThat(value("1", "bound")).isEqualTo(1);
        assertThat(registry.find(PoolGauges.NAME).tag("subnet", "2").gauges()).isEmpty();
    }

    @Test
    void keepsTheLastValuesWhileTheDatabaseIsUnreachable() {
        rows.add(counts(1, "192.0.2.0/24", 10, 7, 0, 3, 0));
        gauges.refresh();

        databaseDown = true;
        gauges.refresh();

        assertThat(value("1", "bound")).isEqualTo(3);
    }

    @Test
    void exportsOneLinePerSubnetAndStateToPrometheus() {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        PoolGauges exported = new PoolGauges(() -> List.of(counts(4, "10.0.0.0/24", 10, 7, 0, 3, 0)), prometheus);

        exported.refresh();

        assertThat(prometheus.scrape()).contains(
                "leasekeeper_pool_addresses{cidr=\"10.0.0.0/24\",state=\"bound\",subnet=\"4\"} 3.0",
                "leasekeeper_pool_addresses{cidr=\"10.0.0.0/24\",state=\"free\",subnet=\"4\"} 7.0");
    }

    private double value(String subnet, String state) {
        Gauge gauge = registry.get(PoolGauges.NAME).tag("subnet", subnet).tag("state", state).gauge();
        return gauge.value();
    }

    private static PoolCounts.SubnetCounts counts(long id, String cidr, long total, long free, long offered,
            long bound, long declined) {
        return new PoolCounts.SubnetCounts(cidr, new Utilization(id, total, free, offered, bound, declined));
    }
}
