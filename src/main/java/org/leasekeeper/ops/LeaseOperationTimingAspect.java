package org.leasekeeper.ops;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Times every call of the lease service's public operations; see {@link LeaseOperationMetrics}. Ordered first,
 * outside the transaction interceptor, so every operation's time includes taking a connection and the commit
 * (offer, bind and allocate open their transaction inside the method, the others through the interceptor).
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LeaseOperationTimingAspect {

    private final LeaseOperationMetrics metrics;

    LeaseOperationTimingAspect(MeterRegistry registry) {
        this.metrics = new LeaseOperationMetrics(registry);
    }

    @Around("execution(public * org.leasekeeper.lease.LeaseService.*(..))")
    @Nullable
    Object time(ProceedingJoinPoint call) throws Throwable {
        long start = System.nanoTime();
        Object result = null;
        Throwable failure = null;
        try {
            result = call.proceed();
            return result;
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            metrics.record(call.getSignature().getName(), call.getArgs(), System.nanoTime() - start, result, failure);
        }
    }
}
