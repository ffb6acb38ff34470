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

/**
 * PostgreSQL goes away under a running service: DHCP requests get no answer (nothing stored, so nothing
 * acknowledged) and are counted as {@code database-down}; once the database is back, clients are served again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class DatabaseOutageIT {

    private DhcpWorld world;

    @BeforeAll
    void startWorld() {
        DhcpWorld.assumeRunnable();
        assumeTrue(Udhcpc.installed(), "busybox udhcpc is not installed (apt-get install udhcpc)");
        world = new DhcpWorld(Map.of());
        world.api().createSubnet(Map.of(
                "name", "outage",
                "cidr", TestNetwork.SERVER_CIDR,
                "pools", List.of(Map.of("first", "198.18.0.100", "last", "198.18.0.150"))));
    }

    @AfterAll
    void stopWorld() {
        if (world != null) {
            world.close();
        }
    }

    private Udhcpc run(String namespace) {
        Udhcpc client = new Udhcpc(namespace);
        client.obtainAndExit("outage", false);
        await("udhcpc in " + namespace).atMost(Duration.ofSeconds(40)).until(() -> !client.isRunning());
        return client;
    }

    @Test
    void answersNothingWhileTheDatabaseIsDownAndServesAgainWhenItIsBack() {
        String namespace = world.network().addClient();
        world.postgres().stop();
        try (Udhcpc duringOutage = run(namespace)) {
            assertThat(duringOutage.exitCode()).as(duringOutage.output()).isNotZero();
            assertThat(duringOutage.eventLog()).noneMatch(e -> e.startsWith("bound"));
        } finally {
            world.postgres().start();
        }

        try (Udhcpc afterwards = run(namespace)) {
            assertThat(afterwards.exitCode()).as(afterwards.output()).isZero();
            assertThat(world.api().lease(afterwards.lastAddress()).orElseThrow().path("state").asString())
                    .isEqualTo("BOUND");
        }
        assertThat(world.api().counter("leasekeeper_dhcp_packets_dropped_total", "reason", "database-down"))
                .isPositive();
        assertThat(world.service().isAlive()).isTrue();
    }
}
