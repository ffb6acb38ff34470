package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * PostgreSQL goes away behind a TCP proxy: readiness turns DOWN and the API answers 503
 * {@code database-unavailable}; when it comes back both recover without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        OpsHttp.TOKEN_PROPERTIES_1, OpsHttp.TOKEN_PROPERTIES_2, "leasekeeper.dhcp.enabled=false"})
@ContextConfiguration(initializers = ProxiedDatabase.class)
class DatabaseOutageTest {

    private static final Duration DEADLINE = Duration.ofSeconds(40);

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    OpsHttp http;

    @BeforeEach
    void setUp() {
        http = new OpsHttp(port);
        // Row deletes, not TRUNCATE: the application's background refreshes keep reading these tables.
        jdbc.sql("delete from subnet where cidr <<= '10.77.0.0/16'").update();
    }

    @AfterEach
    void restoreDatabase() {
        ProxiedDatabase.proxy().restore();
    }

    @Test
    void readinessFollowsTheDatabaseDownAndBackUp() {
        awaitReadiness(200, "UP");

        ProxiedDatabase.proxy().cut();
        awaitReadiness(503, "DOWN");
        assertThat(http.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);

        ProxiedDatabase.proxy().restore();
        awaitReadiness(200, "UP");
    }

    @Test
    void apiAnswersDatabaseUnavailableDuringTheOutageAndWorksAfterIt() {
        awaitReadiness(200, "UP");

        ProxiedDatabase.proxy().cut();
        awaitReadiness(503, "DOWN");
        HttpResponse<String> during = http.postJson("/api/v1/subnets", subnet("10.77.0.0/24"), OpsHttp.WRITE_TOKEN);
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(during.body()).containsPattern("\"type\"\\s*:\\s*\"[^\"]*/database-unavailable\"");

        ProxiedDatabase.proxy().restore();
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
                http.postJson("/api/v1/subnets", subnet("10.77.1.0/24"), OpsHttp.WRITE_TOKEN).statusCode())
                .isEqualTo(201));
        assertThat(http.get("/api/v1/subnets", OpsHttp.READ_TOKEN).body())
                .contains("10.77.1.0/24").doesNotContain("10.77.0.0/24");
    }

    private static String subnet(String cidr) {
        String prefix = cidr.substring(0, cidr.lastIndexOf('.'));
        return """
                {"name": "outage", "cidr": "%s", "pools": [{"first": "%s.10", "last": "%s.20"}]}
                """.formatted(cidr, prefix, prefix);
    }

    private void awaitReadiness(int status, String state) {
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            HttpResponse<String> readiness = http.get("/actuator/health/readiness", null);
            assertThat(readiness.statusCode()).isEqualTo(status);
            assertThat(readiness.body()).contains("\"status\":\"" + state + "\"");
        });
    }
}
