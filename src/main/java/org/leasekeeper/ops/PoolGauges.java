package org.leasekeeper.ops;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * {@code leasekeeper.pool.addresses{subnet, cidr, state}}: pool addresses per subnet by state (total, free,
 * offered, bound, declined). A scheduled refresh reads the counts; a scrape only reads the cached values, so
 * scraping never queries the database. Gauges of deleted subnets disappear at the next refresh; while the
 * database is unreachable the last values stay.
 */
final class PoolGauges {

    static final String NAME = "leasekeeper.pool.addresses";
    private static final Logger log = LoggerFactory.getLogger(PoolGauges.class);

    private final PoolCounts counts;
    private final MultiGauge gauges;
    private volatile boolean failing;

    PoolGauges(PoolCounts counts, MeterRegistry registry) {
        this.counts = counts;
        this.gauges = MultiGauge.builder(NAME).description("Pool addresses of a subnet by state")
                .baseUnit("addresses").register(registry);
    }

    void refresh() {
        List<PoolCounts.SubnetCounts> all;
        try {
            all = counts.all();
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Pool gauges not refreshed, keeping the last values: {}", e.toString());
            }
            failing = true;
            return;
        }
        failing = false;
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (PoolCounts.SubnetCounts subnet : all) {
            var u = subnet.utilization();
            Tags tags = Tags.of("subnet", Long.toString(u.subnetId()), "cidr", subnet.cidr());
            rows.add(MultiGauge.Row.of(tags.and("state", "total"), u.total()));
            rows.add(MultiGauge.Row.of(tags.and("state", "free"), u.free()));
            rows.add(MultiGauge.Row.of(tags.and("state", "offered"), u.offered()));
            rows.add(MultiGauge.Row.of(tags.and("state", "bound"), u.bound()));
            rows.add(MultiGauge.Row.of(tags.and("state", "declined"), u.declined()));
        }
        gauges.register(rows, true);
    }
}
