package org.leasekeeper.dhcp.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;

/**
 * Logs at most one line per key and period, so a flood of bad datagrams cannot flood the log; the next line
 * says how many were suppressed in between.
 */
class RateLimitedLog {

    private final Logger log;
    private final long periodNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimitedLog(Logger log, Duration period) {
        this(log, period, System::nanoTime);
    }

    RateLimitedLog(Logger log, Duration period, LongSupplier nanoTime) {
        this.log = log;
        this.periodNanos = period.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Logs at WARN unless a line with this key was logged within the period; returns whether it logged. */
    boolean warn(String key, String message, Object... arguments) {
        Window window = windows.computeIfAbsent(key, k -> new Window());
        long now = nanoTime.getAsLong();
        long last = window.lastLogged.get();
        if (last != Long.MIN_VALUE && now - last < periodNanos || !window.lastLogged.compareAndSet(last, now)) {
            window.suppressed.incrementAndGet();
            return false;
        }
        long suppressed = window.suppressed.getAndSet(0);
        if (log.isWarnEnabled()) {
            String suffix = suppressed == 0 ? "" : " (" + suppressed + " similar suppressed)";
            log.warn(message + suffix, arguments);
        }
        return true;
    }

    private static final class Window {
        final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE);
        final AtomicLong suppressed = new AtomicLong();
    }
}
