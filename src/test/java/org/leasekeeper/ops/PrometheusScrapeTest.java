package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leasekeeper.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /actuator/prometheus} shows the pool gauges move as leases are taken and released through the API. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        OpsHttp.TOKEN_PROPERTIES_1, OpsHttp.TOKEN_PROPERTIES_2, "leasekeeper.dhcp.enabled=false",
        "leasekeeper.metrics.pool-refresh=200ms"})
class PrometheusScrapeTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PoolGauges gauges;

    @LocalServerPort
    int port;

    OpsHttp http;

    @BeforeEach
    void setUp() {
        // Row deletes, not TRUNCATE: the application's background refreshes keep reading these tables.
        jdbc.sql("delete from subnet where cidr <<= '10.88.0.0/16'").update();
        http = new OpsHttp(port);
    }

    @Test
    void poolGaugesFollowLeasesTakenAndReleased() {
        JsonNode subnet = post("/api/v1/subnets", """
                {"name": "metrics", "cidr": "10.88.0.0/24", "pools": [{"first": "10.88.0.10", "last": "10.88.0.19"}]}
                """, 201);
        long id = subnet.path("id").asLong();
        awaitGauge(id, "total", 10);
        awaitGauge(id, "free", 10);

        String first = post("/api/v1/leases", lease(id, "52:54:00:00:00:01"), 201).path("ipAddress").asString();
        post("/api/v1/leases", lease(id, "52:54:00:00:00:02"), 201);
        post("/api/v1/leases", lease(id, "52:54:00:00:00:03"), 201);
        awaitGauge(id, "bound", 3);
        awaitGauge(id, "free", 7);

        post("/api/v1/leases/" + first + "/release", "{\"hwAddress\": \"52:54:00:00:00:01\"}", 200);
        awaitGauge(id, "bound", 2);
        awaitGauge(id, "free", 8);

        assertThat(scrape()).contains("leasekeeper_lease_operation_seconds_bucket")
                .containsPattern("leasekeeper_lease_operation_seconds_count\\{[^}]*op=\"allocate\"");
    }

    @Test
    void countsAllocationsRefusedByAFullPool() {
        long id = post("/api/v1/subnets", """
                {"name": "tiny", "cidr": "10.88.1.0/24", "pools": [{"first": "10.88.1.10", "last": "10.88.1.10"}]}
                """, 201).path("id").asLong();
        post("/api/v1/leases", lease(id, "52:54:00:00:01:01"), 201);

        post("/api/v1/leases", lease(id, "52:54:00:00:01:02"), 409);

        assertThat(scrape()).containsPattern(
                "leasekeeper_lease_pool_exhausted_total\\{[^}]*source=\"api\",subnet=\"" + id + "\"} 1.0");
    }

    @Test
    void refreshGivesWayToALockOnTheLeaseTableAndKeepsTheLastValues() throws SQLException {
        long id = post("/api/v1/subnets", """
                {"name": "locked", "cidr": "10.88.2.0/24", "pools": [{"first": "10.88.2.10", "last": "10.88.2.14"}]}
                """, 201).path("id").asLong();
        awaitGauge(id, "total", 5);

        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("lock table lease in access exclusive mode");
            CompletableFuture<Void> refresh = CompletableFuture.runAsync(gauges::refresh);
            try {
                assertThat(refresh).succeedsWithin(Duration.ofSeconds(10));
            } finally {
                locker.rollback();
            }
            assertThat(gauge(scrape(), id, "total")).hasValue(5);
        }
    }

    @Test
    void scrapingNeedsAToken() {
        assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    }

    private static String lease(long subnetId, String mac) {
        return "{\"subnetId\": %d, \"hwAddress\": \"%s\"}".formatted(subnetId, mac);
    }

    private JsonNode post(String path, String json, int expectedStatus) {
        HttpResponse<String> response = http.postJson(path, json, OpsHttp.WRITE_TOKEN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private String scrape() {
        HttpResponse<String> response = http.get("/actuator/prometheus", OpsHttp.READ_TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void awaitGauge(long subnet, String state, double expected) {
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(gauge(scrape(), subnet, state)).hasValue(expected));
    }

    /** The value of {@code leasekeeper_pool_addresses{subnet=..., state=...}} in a Prometheus text scrape. */
    static OptionalDouble gauge(String scrape, long subnet, String state) {
        return scrape.lines()
                .filter(l -> l.startsWith("leasekeeper_pool_addresses{"))
                .filter(l -> l.contains("subnet=\"" + subnet + "\"") && l.contains("state=\"" + state + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
