package org.leasekeeper.dhcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RateLimitedLogTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RateLimitedLog log = new RateLimitedLog(LoggerFactory.getLogger(RateLimitedLogTest.class),
            Duration.ofSeconds(10), nanos::get);

    @Test
    void logsTheFirstLineOfAKeyThenNothingUntilThePeriodHasPassed() {
        assertThat(log.warn("malformed", "bad datagram {}", 1)).isTrue();
        assertThat(log.warn("malformed", "bad datagram {}", 2)).isFalse();
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(log.warn("malformed", "bad datagram {}", 3)).isFalse();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(log.warn("malformed", "bad datagram {}", 4)).isTrue();
    }

    @Test
    void limitsEachKeyOnItsOwn() {
        assertThat(log.warn("malformed", "bad datagram")).isTrue();
        assertThat(log.warn("overload", "too busy")).isTrue();
        assertThat(log.warn("overload", "too busy")).isFalse();
    }
}
