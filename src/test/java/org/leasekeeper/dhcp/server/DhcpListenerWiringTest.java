package org.leasekeeper.dhcp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.leasekeeper.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

/** The application starts the listener from its settings: bound, healthy, counting what it drops. */
@SpringBootTest(
        properties = {"leasekeeper.dhcp.enabled=true", "leasekeeper.dhcp.bind-address=127.0.0.1"})
@DatabaseTest
class DhcpListenerWiringTest {

    private static final int PORT = freeUdpPort();

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("leasekeeper.dhcp.port", () -> PORT);
    }

    @Autowired
    DhcpSocketLoop loop;
    @Autowired
    DhcpHealthIndicator health;
    @Autowired
    MeterRegistry registry;

    private static int freeUdpPort() {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void listensOnTheConfiguredAddressAndReportsHealthy() {
        assertThat(loop.isRunning()).isTrue();
        assertThat(loop.boundAddress()).isEqualTo(new InetSocketAddress("127.0.0.1", PORT));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void countsGarbageAsMalformedAndKeepsListening() throws IOException {
        try (DatagramChannel sender = DatagramChannel.open()) {
            sender.send(ByteBuffer.wrap("not dhcp".getBytes()), new InetSocketAddress("127.0.0.1", PORT));
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> registry.find(DhcpMetrics.DROPPED)
                .tag("reason", "malformed").counter().count() >= 1.0);
        assertThat(loop.isBound()).isTrue();
    }
}
