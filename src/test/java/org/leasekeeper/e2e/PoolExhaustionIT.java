package org.leasekeeper.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** A pool of two addresses: two clients get two different addresses, a third gets none. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class PoolExhaustionIT {

    private DhcpWorld world;
    private long subnetId;

    @BeforeAll
    void startWorld() {
        DhcpWorld.assumeRunnable();
        assumeTrue(Udhcpc.installed(), "busybox udhcpc is not installed (apt-get install udhcpc)");
        world = new DhcpWorld(Map.of());
        subnetId = world.api().createSubnet(Map.of(
                "name", "tiny",
                "cidr", TestNetwork.SERVER_CIDR,
                "pools", List.of(Map.of("first", "198.18.0.100", "last", "198.18.0.101")),
                "leaseTimeSeconds", 600));
    }

    @AfterAll
    void stopWorld() {
        if (world != null) {
            world.close();
        }
    }

    private String obtain(Udhcpc client) {
        client.obtainAndExit("tiny", false);
        await("udhcpc in " + client.namespace).atMost(Duration.ofSeconds(30)).until(() -> !client.isRunning());
        assertThat(client.exitCode()).as(client.output()).isZero();
        return client.lastAddress();
    }

    @Test
    void twoClientsGetTwoAddressesAndAThirdFindsThePoolExhausted() {
        try (Udhcpc first = new Udhcpc(world.network().addClient());
                Udhcpc second = new Udhcpc(world.network().addClient());
                Udhcpc third = new Udhcpc(world.network().addClient())) {
            String a = obtain(first);
            String b = obtain(second);

            assertThat(List.of(a, b)).containsExactlyInAnyOrder("198.18.0.100", "198.18.0.101");
            assertThat(world.api().lease(a).orElseThrow().path("state").asString()).isEqualTo("BOUND");
            assertThat(world.api().lease(b).orElseThrow().path("state").asString()).isEqualTo("BOUND");

            third.obtainAndExit("tiny", false);
            await("udhcpc giving up").atMost(Duration.ofSeconds(30)).until(() -> !third.isRunning());

            assertThat(third.exitCode()).isNotZero();
            assertThat(third.eventLog()).noneMatch(e -> e.startsWith("bound"));
            assertThat(world.api().counter("leasekeeper_dhcp_packets_dropped_total", "reason", "pool-exhausted"))
                    .isPositive();
            assertThat(world.api().get("/api/v1/subnets/" + subnetId + "/utilization").json().path("free").asLong())
                    .isZero();
        }
    }
}
