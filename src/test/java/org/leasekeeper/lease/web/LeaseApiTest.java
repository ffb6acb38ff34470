package org.leasekeeper.lease.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leasekeeper.lease.SubnetFixture;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.support.DatabaseTest;
import org.leasekeeper.support.MutableClock;
import org.leasekeeper.support.MutableClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every lease endpoint of the contract through HTTP (MockMvc), with the write token. */
@SpringBootTest(properties = {"leasekeeper.api.token=" + LeaseApiTest.TOKEN,
        "leasekeeper.api.read-token=" + LeaseApiTest.READ_TOKEN, "leasekeeper.dhcp.enabled=false",
        "leasekeeper.reclaim.interval=1h", "leasekeeper.subnet.refresh-interval=1h", "leasekeeper.metrics.pool-refresh=1h",
        "spring.datasource.hikari.maximum-pool-size=8", "spring.datasource.hikari.minimum-idle=1"})
@AutoConfigureMockMvc
@DatabaseTest
@Import({MutableClockConfiguration.class, SubnetFixture.class})
class LeaseApiTest {

    static final String TOKEN = "lease-api-test-token";
    static final String READ_TOKEN = "lease-api-read-token";
    static final String CLIENT_1 = "{\"hwAddress\": \"52:54:00:00:00:01\"}";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    SubnetFixture subnets;
    @Autowired
    MutableClock clock;
    @Autowired
    DatabaseCleaner cleaner;

    Subnet subnet;

    @BeforeEach
    void subnet() {
        cleaner.clean();
        clock.set(MutableClock.START);
        subnet = subnets.create("192.0.2.0/24", "192.0.2.10-192.0.2.12");
    }

    @Test
    void createsABoundLeaseWith201AndAnswersTheSameClientWith200() {
        MvcTestResult created = allocate("\"hwAddress\": \"52-54-00-AB-CD-EF\", \"hostname\": \"host1\"");

        assertThat(created).hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.LOCATION, "/api/v1/leases/192.0.2.10");
        assertThat(created).bodyJson().isLenientlyEqualTo("""
                {"ipAddress": "192.0.2.10", "subnetId": %d, "state": "BOUND", "hwAddress": "52:54:00:ab:cd:ef",
                 "clientId": null, "hostname": "host1", "startedAt": "2026-11-28T17:00:00Z",
                 "expiresAt": "2026-11-28T18:00:00Z", "updatedAt": "2026-11-28T17:00:00Z"}""".formatted(subnet.id()));
        assertThat(allocate("\"hwAddress\": \"52:54:00:ab:cd:ef\"")).hasStatus(HttpStatus.OK)
                .bodyJson().extractingPath("$.ipAddress").isEqualTo("192.0.2.10");
    }

    @Test
    void givesTheRequestedAddressAndRefusesItToAnotherClient() {
        assertThat(allocate("\"hwAddress\": \"52:54:00:00:00:01\", \"requestedAddress\": \"192.0.2.12\", "
                + "\"clientId\": \"01:52:54:00:00:00:01\", \"leaseTimeSeconds\": 600"))
                .hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                        {"ipAddress": "192.0.2.12", "clientId": "01:52:54:00:00:00:01", "expiresAt": "2026-11-28T17:10:00Z"}""");

        assertProblem(allocate("\"hwAddress\": \"52:54:00:00:00:02\", \"requestedAddress\": \"192.0.2.12\""),
                HttpStatus.CONFLICT, "address-in-use");
    }

    @Test
    void answersPoolExhaustedWhenNoAddressIsFree() {
        for (int i = 1; i <= 3; i++) {
            assertThat(allocate("\"hwAddress\": \"52:54:00:00:00:0" + i + "\"")).hasStatus(HttpStatus.CREATED);
        }
        assertProblem(allocate("\"hwAddress\": \"52:54:00:00:00:04\""), HttpStatus.CONFLICT, "pool-exhausted");
    }

    @Test
    void answersNotFoundForAnUnknownSubnetOrAddress() {
        assertProblem(post("/api/v1/leases", "{\"subnetId\": 999, \"hwAddress\": \"52:54:00:00:00:01\"}"),
                HttpStatus.NOT_FOUND, "not-found");
        assertProblem(get("/api/v1/leases/192.0.2.99"), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(get("/api/v1/leases/192.0.2.99/history"), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(post("/api/v1/leases/192.0.2.99/renew", CLIENT_1), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(post("/api/v1/leases/192.0.2.99/release", CLIENT_1), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(post("/api/v1/leases/192.0.2.99/expire", ""), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(get("/api/v1/subnets/999/utilization"), HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void refusesInvalidRequestsWithFieldErrors() {
        assertValidation(post("/api/v1/leases", "{\"subnetId\": " + subnet.id() + "}"), "hwAddress");
        assertValidation(allocate("\"hwAddress\": \"52:54:00:00:00\""), "hwAddress");
        assertValidation(allocate("\"hwAddress\": \"52:54:00:00:00:01\", \"leaseTimeSeconds\": 0"), "leaseTimeSeconds");
        assertValidation(allocate("\"hwAddress\": \"52:54:00:00:00:01\", \"requestedAddress\": \"192.0.2.300\""),
                "requestedAddress");
        assertValidation(allocate("\"hwAddress\": \"52:54:00:00:00:01\", \"hostname\": \"bad host!\""), "hostname");
        assertValidation(post("/api/v1/leases/192.0.2.10/renew", "{}"), "hwAddress");
        assertValidation(post("/api/v1/leases/192.0.2.10/release", "{}"), "hwAddress");
        assertValidation(get("/api/v1/leases/192.0.2"), "ip");
        assertValidation(get("/api/v1/leases?limit=0"), "limit");
        assertValidation(get("/api/v1/leases?limit=1001"), "limit");
        assertValidation(get("/api/v1/leases?cursor=bm9wZQ"), "cursor");
        assertValidation(get("/api/v1/leases?state=GONE"), "state");
    }

    @Test
    void listsLeasesByAddressWithFiltersAndCursor() throws Exception {
        for (int i = 1; i <= 3; i++) {
            allocate("\"hwAddress\": \"52:54:00:00:00:0" + i + "\", \"hostname\": \"Host" + i + "\"");
        }
        MvcTestResult first = get("/api/v1/leases?limit=2&subnetId=" + subnet.id());
        assertThat(first).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.items[*].ipAddress").asArray()
                .containsExactly("192.0.2.10", "192.0.2.11");
        String cursor = com.jayway.jsonpath.JsonPath.read(first.getResponse().getContentAsString(), "$.nextCursor");

        assertThat(get("/api/v1/leases?limit=2&cursor=" + cursor)).bodyJson().isLenientlyEqualTo(
                "{\"items\": [{\"ipAddress\": \"192.0.2.12\"}], \"nextCursor\": null}");
        assertThat(get("/api/v1/leases?hwAddress=52-54-00-00-00-02")).bodyJson()
                .extractingPath("$.items[*].ipAddress").asArray().containsExactly("192.0.2.11");
        assertThat(get("/api/v1/leases?hostname=host3&state=BOUND")).bodyJson()
                .extractingPath("$.items[*].ipAddress").asArray().containsExactly("192.0.2.12");
        assertThat(get("/api/v1/leases?state=RELEASED")).bodyJson().extractingPath("$.items").asArray().isEmpty();
        assertThat(get("/api/v1/leases/192.0.2.11")).hasStatus(HttpStatus.OK).bodyJson()
                .extractingPath("$.hwAddress").isEqualTo("52:54:00:00:00:02");
    }

    @Test
    void renewsOnlyTheOwnersBoundLease() {
        allocate("\"hwAddress\": \"52:54:00:00:00:01\"");
        clock.advance(Duration.ofMinutes(30));

        assertThat(post("/api/v1/leases/192.0.2.10/renew", "{\"hwAddress\": \"52:54:00:00:00:01\", \"leaseTimeSeconds\": 60}"))
                .hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.expiresAt").isEqualTo("2026-11-28T17:31:00Z");
        assertProblem(post("/api/v1/leases/192.0.2.10/renew", "{\"hwAddress\": \"52:54:00:00:00:02\"}"),
                HttpStatus.CONFLICT, "not-lease-owner");
        post("/api/v1/leases/192.0.2.10/release", CLIENT_1);
        assertProblem(post("/api/v1/leases/192.0.2.10/renew", CLIENT_1), HttpStatus.CONFLICT, "lease-not-active");
    }

    @Test
    void releasesOnceAndAnswersTheSameLeaseAgain() throws Exception {
        allocate("\"hwAddress\": \"52:54:00:00:00:01\"");

        assertProblem(post("/api/v1/leases/192.0.2.10/release", "{\"hwAddress\": \"52:54:00:00:00:02\"}"),
                HttpStatus.CONFLICT, "not-lease-owner");
        MvcTestResult released = post("/api/v1/leases/192.0.2.10/release", CLIENT_1);
        assertThat(released).hasStatus(HttpStatus.OK).bodyJson().extractingPath("$.state").isEqualTo("RELEASED");
        clock.advance(Duration.ofMinutes(1));
        assertThat(post("/api/v1/leases/192.0.2.10/release", CLIENT_1)).hasStatus(HttpStatus.OK)
                .bodyJson().isEqualTo(released.getResponse().getContentAsString());
    }

    @Test
    void expiresALeaseAndShowsItsHistoryNewestFirst() {
        allocate("\"hwAddress\": \"52:54:00:00:00:01\"");
        clock.advance(Duration.ofMinutes(5));

        assertThat(post("/api/v1/leases/192.0.2.10/expire", "")).hasStatus(HttpStatus.OK).bodyJson()
                .isLenientlyEqualTo("{\"state\": \"EXPIRED\", \"expiresAt\": \"2026-11-28T17:05:00Z\"}");
        assertThat(get("/api/v1/leases/192.0.2.10/history")).hasStatus(HttpStatus.OK).bodyJson().isLenientlyEqualTo("""
                {"items": [
                  {"at": "2026-11-28T17:05:00Z", "event": "EXPIRED", "hwAddress": "52:54:00:00:00:01", "clientId": null, "source": "API"},
                  {"at": "2026-11-28T17:00:00Z", "event": "BOUND", "hwAddress": "52:54:00:00:00:01", "clientId": null, "source": "API"}]}""");
    }

    @Test
    void reportsUtilizationAndReclaimsOnDemand() {
        allocate("\"hwAddress\": \"52:54:00:00:00:01\", \"leaseTimeSeconds\": 60");

        assertThat(get("/api/v1/subnets/" + subnet.id() + "/utilization")).hasStatus(HttpStatus.OK).bodyJson()
                .isLenientlyEqualTo("{\"subnetId\": %d, \"total\": 3, \"free\": 2, \"offered\": 0, \"bound\": 1, "
                        .formatted(subnet.id()) + "\"declined\": 0, \"utilization\": 0.3333333333333333}");
        assertThat(post("/api/v1/reclaim", "")).hasStatus(HttpStatus.OK).bodyJson().isEqualTo("{\"reclaimed\": 0}");
        clock.advance(Duration.ofMinutes(2));
        assertThat(post("/api/v1/reclaim", "")).hasStatus(HttpStatus.OK).bodyJson().isEqualTo("{\"reclaimed\": 1}");
        assertThat(get("/api/v1/leases/192.0.2.10")).bodyJson().extractingPath("$.state").isEqualTo("EXPIRED");
    }

    @Test
    void needsATokenAndTheWriteTokenForChanges() {
        allocate("\"hwAddress\": \"52:54:00:00:00:01\"");

        assertProblem(mvc.get().uri("/api/v1/leases").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(mvc.get().uri("/api/v1/leases/192.0.2.10").header(HttpHeaders.AUTHORIZATION, "Bearer " + READ_TOKEN)
                .exchange()).hasStatus(HttpStatus.OK);
        assertProblem(mvc.post().uri("/api/v1/leases/192.0.2.10/expire")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + READ_TOKEN).exchange(), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(mvc.post().uri("/api/v1/reclaim")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + READ_TOKEN).exchange(), HttpStatus.FORBIDDEN, "forbidden");
    }

    private MvcTestResult allocate(String fields) {
        return post("/api/v1/leases", "{\"subnetId\": " + subnet.id() + ", " + fields + "}");
    }

    private MvcTestResult post(String uri, String json) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN).exchange();
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status, String slug) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://leasekeeper.org/problems/" + slug);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
    }

    private static void assertValidation(MvcTestResult result, String field) {
        assertProblem(result, HttpStatus.BAD_REQUEST, "validation");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
    }
}
