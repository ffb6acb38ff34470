package org.leasekeeper.dhcp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The listener on a loopback socket with a stand-in processor: concurrency limit, failures, graceful stop. */
class DhcpSocketLoopTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DhcpMetrics metrics = new DhcpMetrics(registry);
    private DatagramChannel client;
    private DhcpSocketLoop loop;

    @BeforeEach
    void openClient() throws IOException {
        client = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
        client.socket().setSoTimeout(5000);
    }

    @AfterEach
    void close() throws IOException {
        if (loop != null) {
            loop.stop();
        }
        client.close();
    }

    private DhcpSocketLoop start(int maxInFlight, PacketProcessor processor) {
        DhcpSettings settings = new DhcpSettings(new InetSocketAddress(LOOPBACK, 0), null, null,
                org.leasekeeper.net.Ipv4Address.parse("127.0.0.1"), Duration.ofSeconds(30), maxInFlight);
        loop = new DhcpSocketLoop(settings, processor, metrics);
        loop.start();
        return loop;
    }

    private void send(String text) throws IOException {
        client.send(ByteBuffer.wrap(text.getBytes()), loop.boundAddress());
    }

    private String receive() throws IOException {
        var packet = new java.net.DatagramPacket(new byte[1500], 1500);
        client.socket().receive(packet);
        return new String(packet.getData(), 0, packet.getLength());
    }

    private Outcome.Reply echo(Datagram datagram) {
        return new Outcome.Reply(("re:" + new String(datagram.payload())).getBytes(), datagram.sender(), false, "ack");
    }

    private double dropped(DropReason reason) {
        return metrics.droppedCount(reason);
    }

    @Test
    void answersTheSenderWithTheProcessorsReplyAndCountsIt() throws IOException {
        start(4, this::echo);

        send("hello");

        assertThat(receive()).isEqualTo("re:hello");
        await().atMost(Duration.ofSeconds(5)).until(() -> registry.find(DhcpMetrics.SENT).tag("type", "ack")
                .counters().stream().mapToDouble(c -> c.count()).sum() == 1.0);
        assertThat(loop.isBound()).isTrue();
    }

    @Test
    void shedsABurstBeyondTheInFlightLimitAndCountsIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        start(2, datagram -> {
            handled.incrementAndGet();
            hold(release);
            return echo(datagram);
        });

        for (int i = 0; i < 10; i++) {
            send("burst" + i);
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> dropped(DropReason.OVERLOAD) == 8.0);
        assertThat(loop.inFlight()).isEqualTo(2);
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> loop.inFlight() == 0);
        assertThat(handled).hasValue(2);
    }

    @Test
    void dropsRequestsWhileTheDatabaseIsDownAndServesWhenItIsBack() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        start(4, datagram -> {
            if (calls.incrementAndGet() == 1) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
            return echo(datagram);
        });

        send("first");
        await().atMost(Duration.ofSeconds(5)).until(() -> dropped(DropReason.DATABASE_DOWN) == 1.0);
        send("second");

        assertThat(receive()).isEqualTo("re:second");
    }

    @Test
    void keepsServingAfterAnUnexpectedError() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        start(4, datagram -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("bug");
            }
            return echo(datagram);
        });

        send("first");
        await().atMost(Duration.ofSeconds(5)).until(() -> dropped(DropReason.ERROR) == 1.0);
        send("second");

        assertThat(receive()).isEqualTo("re:second");
    }

    @Test
    void countsDropsReportedByTheProcessor() throws IOException {
        start(4, datagram -> Outcome.dropped(DropReason.MALFORMED, "too short"));

        send("x");

        await().atMost(Duration.ofSeconds(5)).until(() -> dropped(DropReason.MALFORMED) == 1.0);
    }

    @Test
    void stopFinishesRequestsInFlightThenClosesTheSocket() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(4, datagram -> {
            entered.countDown();
            hold(release);
            return echo(datagram);
        });
        send("slow");
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        Thread stopping = Thread.ofPlatform().start(loop::stop);
        await().atMost(Duration.ofSeconds(5)).until(() -> !loop.isRunning());
        release.countDown();
        stopping.join(10_000);

        assertThat(receive()).isEqualTo("re:slow");
        assertThat(loop.isBound()).isFalse();
        assertThat(new DhcpHealthIndicator(loop).health().getStatus().getCode()).isEqualTo("DOWN");
    }

    @Test
    void doesNotReadOnceStopped() throws Exception {
        start(4, this::echo);
        InetSocketAddress address = loop.boundAddress();
        loop.stop();

        client.send(ByteBuffer.wrap("late".getBytes()), address);

        org.junit.jupiter.api.Assertions.assertThrows(SocketTimeoutException.class, () -> {
            client.socket().setSoTimeout(300);
            receive();
        });
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
