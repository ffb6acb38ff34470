package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leasekeeper.lease.Lease;
import org.leasekeeper.lease.LeaseRequest;
import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.lease.Source;
import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetDefinition;
import org.leasekeeper.subnet.SubnetService;
import org.leasekeeper.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /actuator/prometheus} shows the pool gauges move as leases are taken and released. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        OpsHttp.TOKEN_PROPERTIES_1, OpsHttp.TOKEN_PROPERTIES_2,
        OpsHttp.BASIC_PROPERTIES_1, OpsHttp.BASIC_PROPERTIES_2, "leasekeeper.dhcp.enabled=false",
        "leasekeeper.metrics.pool-refresh=200ms"})
class PrometheusScrapeTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    OpsHttp http;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from subnet where cidr <<= '10.88.0.0/16'").update();
        http = new OpsHttp(port, context);
    }

    @Test
    void poolGaugesFollowLeasesTakenAndReleased() {
        SubnetService subnets = context.getBean(SubnetService.class);
        LeaseService leases = context.getBean(LeaseService.class);
        Subnet subnet = subnets.create(new SubnetDefinition("metrics", Cidr.parse("10.88.0.0/24"),
                List.of(new AddressRange(Ipv4Address.parse("10.88.0.10"), Ipv4Address.parse("10.88.0.19"))),
                List.of(), List.of(), null, null, null, null, List.of()));
        String id = Long.toString(subnet.id());
        awaitGauge(id, "total", 10);
        awaitGauge(id, "free", 10);

        Lease first = leases.allocate(request(subnet, "52:54:00:00:00:01")).lease();
        leases.allocate(request(subnet, "52:54:00:00:00:02"));
        leases.allocate(request(subnet, "52:54:00:00:00:03"));
        awaitGauge(id, "bound", 3);
        awaitGauge(id, "free", 7);

        leases.release(first.ipAddress(), ClientIdentity.of(MacAddress.parse("52:54:00:00:00:01")), Source.API);
        awaitGauge(id, "bound", 2);
        awaitGauge(id, "free", 8);

        assertThat(scrape()).contains("leasekeeper_lease_operation_seconds_bucket")
                .containsPattern("leasekeeper_lease_operation_seconds_count\\{[^}]*op=\"allocate\"");
    }

    @Test
    void scrapingNeedsAToken() {
        assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    }

    private LeaseRequest request(Subnet subnet, String mac) {
        return new LeaseRequest(subnet.id(), ClientIdentity.of(MacAddress.parse(mac)), null, null, null, Source.API);
    }

    private String scrape() {
        var response = http.get("/actuator/prometheus", OpsHttp.READ_TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void awaitGauge(String subnet, String state, double expected) {
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(gauge(scrape(), subnet, state)).hasValue(expected));
    }

    /** The value of {@code leasekeeper_pool_addresses{subnet=..., state=...}} in a Prometheus text scrape. */
    static OptionalDouble gauge(String scrape, String subnet, String state) {
        return scrape.lines()
                .filter(l -> l.startsWith("leasekeeper_pool_addresses{"))
                .filter(l -> l.contains("subnet=\"" + subnet + "\"") && l.contains("state=\"" + state + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
