package org.leasekeeper.dhcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.leasekeeper.net.Ipv4Address;
import org.springframework.boot.health.contributor.Status;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class DhcpHealthIndicatorTest {

    @Test
    void isUpWhenDhcpIsDisabled() {
        assertThat(new DhcpHealthIndicator(null).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void isUpWhileTheSocketIsBoundAndDownBeforeItIs() {
        DhcpSettings settings = new DhcpSettings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null, null,
                Ipv4Address.parse("127.0.0.1"), Duration.ofSeconds(30), 4);
        DhcpSocketLoop loop = new DhcpSocketLoop(settings, d -> Outcome.silent(), new DhcpMetrics(new SimpleMeterRegistry()));
        DhcpHealthIndicator health = new DhcpHealthIndicator(loop);

        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        loop.start();
        try {
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsKey("address");
        } finally {
            loop.stop();
        }
    }
}
