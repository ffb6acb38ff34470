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

import tools.jackson.databind.JsonNode;

/**
 * Real DHCP clients against the packaged service in network namespaces: obtain, renew at T1, release,
 * INIT-REBOOT, NAK on a wrong network, expiry of an abandoned lease, and robustness against garbage.
 * The subnet's lease is 20 s long so that renewals and expiry happen within the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class DhcpClientsIT {

    private static final Duration OBTAIN = Duration.ofSeconds(40);
    private static final int LEASE_SECONDS = 20;

    private DhcpWorld world;

    @BeforeAll
    void startWorld() {
        DhcpWorld.assumeRunnable();
        world = new DhcpWorld(Map.of());
        world.api().createSubnet(Map.of(
                "name", "e2e",
                "cidr", TestNetwork.SERVER_CIDR,
                "pools", List.of(Map.of("first", "198.18.0.100", "last", "198.18.0.199")),
                "routers", List.of(TestNetwork.SERVER_ADDRESS),
                "dnsServers", List.of(TestNetwork.SERVER_ADDRESS),
                "domainName", "e2e.test",
                "leaseTimeSeconds", LEASE_SECONDS));
    }

    @AfterAll
    void stopWorld() {
        if (world != null) {
            world.close();
        }
    }

    private JsonNode lease(String ip) {
        return world.api().lease(ip).orElseThrow(() -> new AssertionError("no lease for " + ip));
    }

    private String state(String ip) {
        return world.api().lease(ip).map(l -> l.path("state").asString()).orElse("none");
    }

    private Dhclient boundDhclient(String namespace, String hostname) {
        assumeTrue(Dhclient.installed(), "ISC dhclient is not installed (apt-get install isc-dhcp-client)");
        Dhclient client = new Dhclient(namespace, hostname);
        client.start();
        awaitEvent(client, "BOUND");
        return client;
    }

    private void awaitEvent(ClientProcess client, String event) {
        await(event + " in " + client.namespace).atMost(OBTAIN).pollInterval(Duration.ofMillis(200))
                .until(() -> client.eventLog().stream().anyMatch(e -> e.startsWith(event)));
    }

    @Test
    void dhclientObtainsALeaseThatTheApiShowsBoundWithItsMacAndHostname() {
        String namespace = world.network().addClient();
        try (Dhclient client = boundDhclient(namespace, "e2e-dhclient")) {
            String ip = client.lastAddress();

            JsonNode lease = lease(ip);
            assertThat(lease.path("state").asString()).isEqualTo("BOUND");
            assertThat(lease.path("hwAddress").asString()).isEqualTo(TestNetwork.macOf(namespace));
            assertThat(lease.path("hostname").asString()).isEqualTo("e2e-dhclient");
            assertThat(TestNetwork.addressesOf(namespace)).containsExactly(ip);
            assertThat(ip).startsWith("198.18.0.");
            JsonNode history = world.api().get("/api/v1/leases/" + ip + "/history").json().path("items");
            assertThat(history.get(0).path("event").asString()).isEqualTo("BOUND");
            assertThat(history.get(0).path("source").asString()).isEqualTo("DHCP");
        }
    }

    @Test
    void dhclientRenewsAtT1AndTheLeaseEndMoves() {
        String namespace = world.network().addClient();
        try (Dhclient client = boundDhclient(namespace, "e2e-renew")) {
            String ip = client.lastAddress();
            String firstEnd = lease(ip).path("expiresAt").asString();

            await("renewal of " + ip).atMost(Duration.ofSeconds(LEASE_SECONDS * 2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !lease(ip).path("expiresAt").asString().equals(firstEnd));

            assertThat(lease(ip).path("state").asString()).isEqualTo("BOUND");
            await().atMost(Duration.ofSeconds(5)).until(() -> client.eventLog().stream().anyMatch(e -> e.startsWith("RENEW")));
            assertThat(client.lastAddress()).isEqualTo(ip);
        }
    }

    @Test
    void dhclientReleaseMakesTheLeaseReleased() {
        String namespace = world.network().addClient();
        try (Dhclient client = boundDhclient(namespace, "e2e-release")) {
            String ip = client.lastAddress();

            Shell.Result release = client.release();

            assertThat(release.ok()).as(release.output()).isTrue();
            await("release of " + ip).atMost(Duration.ofSeconds(15)).until(() -> state(ip).equals("RELEASED"));
        }
    }

    @Test
    void dhclientRebootingGetsItsAddressBack() {
        String namespace = world.network().addClient();
        try (Dhclient client = boundDhclient(namespace, "e2e-reboot")) {
            String ip = client.lastAddress();
            client.kill();

            client.start();

            awaitEvent(client, "REBOOT");
            assertThat(client.lastAddress()).isEqualTo(ip);
            assertThat(state(ip)).isEqualTo("BOUND");
        }
    }

    @Test
    void dhclientOnTheWrongNetworkIsNakedAndObtainsAnAddressHere() {
        String namespace = world.network().addClient();
        try (Dhclient client = boundDhclient(namespace, "e2e-moved")) {
            client.kill();
            client.rememberLease("203.0.113.50", TestNetwork.SERVER_ADDRESS);
            double naksBefore = world.api().counter("leasekeeper_dhcp_packets_sent_total", "type", "nak");

            client.start();

            await("a NAK").atMost(OBTAIN).until(() -> client.output().contains("DHCPNAK"));
            awaitEvent(client, "BOUND");
            assertThat(world.api().counter("leasekeeper_dhcp_packets_sent_total", "type", "nak")).isGreaterThan(naksBefore);
            assertThat(client.lastAddress()).startsWith("198.18.0.");
        }
    }

    @Test
    void aClientKilledWithoutReleasingHasItsLeaseExpiredByTheReclaimJob() {
        String namespace = world.network().addClient();
        try (Dhclient client = boundDhclient(namespace, "e2e-vanished")) {
            String ip = client.lastAddress();

            client.kill();

            await("expiry of " + ip).atMost(Duration.ofSeconds(LEASE_SECONDS * 3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> state(ip).equals("EXPIRED"));
        }
    }

    @Test
    void udhcpcObtainsALeaseWithItsHostnameAndClientIdentifier() {
        assumeTrue(Udhcpc.installed(), "busybox udhcpc is not installed (apt-get install udhcpc)");
        String namespace = world.network().addClient();
        try (Udhcpc client = new Udhcpc(namespace)) {
            client.obtainAndExit("e2e-udhcpc", false);

            awaitEvent(client, "bound");
            JsonNode lease = lease(client.lastAddress());

            assertThat(lease.path("state").asString()).isEqualTo("BOUND");
            assertThat(lease.path("hostname").asString()).isEqualTo("e2e-udhcpc");
            assertThat(lease.path("hwAddress").asString()).isEqualTo(TestNetwork.macOf(namespace));
            assertThat(lease.path("clientId").asString()).isEqualTo("01:" + TestNetwork.macOf(namespace));
        }
    }

    @Test
    void dhcpcdObtainsALeaseAndReleasesItWhenStopped() {
        assumeTrue(Dhcpcd.installed(), "dhcpcd is not installed (apt-get install dhcpcd-base)");
        String namespace = world.network().addClient();
        try (Dhcpcd client = new Dhcpcd(namespace, "e2e-dhcpcd")) {
            client.start();

            await("dhcpcd address").atMost(OBTAIN).pollInterval(Duration.ofMillis(200))
                    .until(() -> !TestNetwork.addressesOf(namespace).isEmpty());
            String ip = TestNetwork.addressesOf(namespace).getFirst();
            JsonNode lease = lease(ip);
            assertThat(lease.path("state").asString()).isEqualTo("BOUND");
            assertThat(lease.path("hostname").asString()).isEqualTo("e2e-dhcpcd");

            client.terminate();

            await("release of " + ip).atMost(Duration.ofSeconds(15)).until(() -> state(ip).equals("RELEASED"));
        }
    }

    @Test
    void keepsServingAfterGarbageDatagrams() {
        assumeTrue(Udhcpc.installed(), "busybox udhcpc is not installed (apt-get install udhcpc)");
        String server = world.network().serverNamespace();
        double malformedBefore = world.api().counter("leasekeeper_dhcp_packets_dropped_total", "reason", "malformed");

        for (String target : List.of("127.0.0.1", TestNetwork.SERVER_ADDRESS)) {
            Shell.run(Shell.inNamespace(server, "bash", "-c",
                    "head -c 400 /dev/urandom > /dev/udp/" + target + "/67; printf 'x' > /dev/udp/" + target + "/67")
                    .toArray(String[]::new));
        }

        await("malformed datagrams counted").atMost(Duration.ofSeconds(10))
                .until(() -> world.api().counter("leasekeeper_dhcp_packets_dropped_total", "reason", "malformed")
                        >= malformedBefore + 4);
        String namespace = world.network().addClient();
        try (Udhcpc client = new Udhcpc(namespace)) {
            client.obtainAndExit("e2e-after-garbage", false);
            awaitEvent(client, "bound");
            assertThat(state(client.lastAddress())).isEqualTo("BOUND");
        }
        assertThat(world.service().isAlive()).isTrue();
    }
}
