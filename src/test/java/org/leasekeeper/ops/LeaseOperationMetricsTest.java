package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.leasekeeper.lease.LeaseRequest;
import org.leasekeeper.lease.PoolExhausted;
import org.leasekeeper.lease.Source;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.MacAddress;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class LeaseOperationMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LeaseOperationMetrics metrics = new LeaseOperationMetrics(registry);
    private final LeaseRequest request = new LeaseRequest(7, ClientIdentity.of(MacAddress.parse("52:54:00:12:34:56")),
            null, null, null, Source.DHCP);

    @Test
    void timesEachOperationByNameAndOutcome() {
        metrics.record("renew", new Object[0], TimeUnit.MILLISECONDS.toNanos(3), null, null);
        metrics.record("renew", new Object[0], TimeUnit.MILLISECONDS.toNanos(5), null, null);

        Timer timer = registry.get(LeaseOperationMetrics.OPERATION).tag("op", "renew").tag("outcome", "ok").timer();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(8.0);
    }

    @Test
    void countsPoolExhaustionPerSubnetAndSource() {
        metrics.record("offer", new Object[] {request}, 1_000, null, new PoolExhausted("no address left"));

        assertThat(registry.get(LeaseOperationMetrics.POOL_EXHAUSTED).tag("subnet", "7").tag("source", "dhcp")
                .counter().count()).isEqualTo(1.0);
        assertThat(registry.get(LeaseOperationMetrics.OPERATION).tag("outcome", "PoolExhausted").timer().count())
                .isEqualTo(1);
    }

    @Test
    void addsReclaimedLeasesFromEachBatch() {
        metrics.record("reclaimBatch", new Object[] {1000}, 1_000, 1000, null);
        metrics.record("reclaimBatch", new Object[] {1000}, 1_000, 17, null);
        metrics.record("reclaimBatch", new Object[] {1000}, 1_000, 0, null);

        assertThat(registry.get(LeaseOperationMetrics.RECLAIMED).counter().count()).isEqualTo(1017.0);
    }

    @Test
    void countsAPassWhenABatchComesBackShort() {
        metrics.record("reclaimBatch", new Object[] {1000}, 1_000, 1000, null);
        metrics.record("reclaimBatch", new Object[] {1000}, 1_000, 17, null);
        metrics.record("reclaimBatch", new Object[] {1000}, 1_000, 0, null);

        assertThat(registry.get(LeaseOperationMetrics.PASSES).counter().count()).isEqualTo(2.0);
    }

    @Test
    void hidesUnexpectedExceptionNamesBehindError() {
        assertThat(LeaseOperationMetrics.outcome(new IllegalStateException("x"))).isEqualTo("error");
        assertThat(LeaseOperationMetrics.outcome(new PoolExhausted("x"))).isEqualTo("PoolExhausted");
        assertThat(LeaseOperationMetrics.outcome(null)).isEqualTo("ok");
    }
}
