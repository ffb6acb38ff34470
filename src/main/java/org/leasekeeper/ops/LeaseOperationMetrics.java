package org.leasekeeper.ops;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.lease.LeaseRequest;
import org.leasekeeper.lease.PoolExhausted;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Meters of the lease operations: {@code leasekeeper.lease.operation{op, outcome}} (a timer with a latency
 * histogram), {@code leasekeeper.lease.pool.exhausted{subnet, source}}, {@code leasekeeper.reclaim.leases} and
 * {@code leasekeeper.reclaim.passes}. A reclaim pass runs batch after batch until one comes back short of its
 * size (the scheduled job and {@code POST /api/v1/reclaim} alike), so a short batch ends a pass.
 */
final class LeaseOperationMetrics {

    static final String OPERATION = "leasekeeper.lease.operation";
    static final String POOL_EXHAUSTED = "leasekeeper.lease.pool.exhausted";
    static final String RECLAIMED = "leasekeeper.reclaim.leases";
    static final String PASSES = "leasekeeper.reclaim.passes";

    private final MeterRegistry registry;

    LeaseOperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String op, @Nullable Object[] args, long nanos, @Nullable Object result, @Nullable Throwable failure) {
        Timer.builder(OPERATION).description("Lease service operations")
                .tag("op", op).tag("outcome", outcome(failure))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry).record(Duration.ofNanos(nanos));
        if (failure instanceof PoolExhausted && args.length > 0 && args[0] instanceof LeaseRequest request) {
            Counter.builder(POOL_EXHAUSTED).description("Allocations refused because no address was free")
                    .tag("subnet", Long.toString(request.subnetId()))
                    .tag("source", request.source().name().toLowerCase(Locale.ROOT))
                    .register(registry).increment();
        }
        if ("reclaimBatch".equals(op) && result instanceof Integer reclaimed) {
            Counter.builder(RECLAIMED).description("Leases reclaimed (expired, offer hold or probation over)")
                    .register(registry).increment(reclaimed);
            if (args.length > 0 && args[0] instanceof Integer batchSize && reclaimed < batchSize) {
                Counter.builder(PASSES).description("Reclaim passes completed").register(registry).increment();
            }
        }
    }

    /** "ok", the domain exception's name (PoolExhausted, AddressInUse, ...) or "error" for anything else. */
    static String outcome(@Nullable Throwable failure) {
        if (failure == null) {
            return "ok";
        }
        return failure.getClass().getName().startsWith("org.leasekeeper.") ? failure.getClass().getSimpleName()
                : "error";
    }
}
