package org.leasekeeper.ops;

import java.util.List;

import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.subnet.SubnetService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Refreshes the pool gauges every {@code leasekeeper.metrics.pool-refresh} (default 5 s). A context without
 * the lease and subnet services (a test slice) has no pool gauges.
 */
@Configuration(proxyBeanMethods = false)
class PoolMetricsConfiguration {

    @Bean
    PoolGauges poolGauges(ObjectProvider<SubnetService> subnets, ObjectProvider<LeaseService> leases,
            PlatformTransactionManager transactions, JdbcClient jdbc, MeterRegistry registry) {
        SubnetService subnetService = subnets.getIfUnique();
        LeaseService leaseService = leases.getIfUnique();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        PoolCounts counts = subnetService == null || leaseService == null ? List::of
                : new ServicePoolCounts(subnetService, leaseService, readOnly, jdbc);
        return new PoolGauges(counts, registry);
    }

    @Bean
    PoolGaugeRefresher poolGaugeRefresher(PoolGauges gauges) {
        return new PoolGaugeRefresher(gauges);
    }

    static final class PoolGaugeRefresher {

        private final PoolGauges gauges;

        PoolGaugeRefresher(PoolGauges gauges) {
            this.gauges = gauges;
        }

        @Scheduled(fixedDelayString = "${leasekeeper.metrics.pool-refresh:5s}")
        void refresh() {
            gauges.refresh();
        }
    }
}
