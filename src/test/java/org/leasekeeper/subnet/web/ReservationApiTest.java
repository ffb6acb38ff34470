package org.leasekeeper.subnet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.leasekeeper.subnet.web.ApiTestSupport.assertProblem;
import static org.leasekeeper.subnet.web.ApiTestSupport.assertValidation;
import static org.leasekeeper.subnet.web.ApiTestSupport.delete;
import static org.leasekeeper.subnet.web.ApiTestSupport.get;
import static org.leasekeeper.subnet.web.ApiTestSupport.post;
import static org.leasekeeper.subnet.web.SubnetApiTest.id;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leasekeeper.support.DatabaseCleaner;
import org.leasekeeper.web.ApiContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

@ApiContextTest
class ReservationApiTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    DatabaseCleaner cleaner;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    long subnetId;

    @BeforeEach
    void subnet() {
        cleaner.clean();
        subnetId = id(post(mvc, "/api/v1/subnets", SubnetApiTest.LAB));
    }

    private String reservations() {
        return "/api/v1/subnets/" + subnetId + "/reservations";
    }

    @Test
    void reservesAnAddressAndShowsItInTheList() {
        MvcTestResult result = post(mvc, reservations(),
                "{\"hwAddress\": \"52-54-00-AB-CD-EF\", \"ipAddress\": \"192.0.2.10\", \"hostname\": \"printer\"}");

        assertThat(result).hasStatus(HttpStatus.CREATED);
        long id = id(result);
        assertThat(result).headers().hasValue("Location", "/api/v1/reservations/" + id);
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"id": %d, "subnetId": %d, "ipAddress": "192.0.2.10", "hwAddress": "52:54:00:ab:cd:ef",
                 "clientId": null, "hostname": "printer"}""".formatted(id, subnetId));
        assertThat(get(mvc, reservations())).hasStatusOk().bodyJson().extractingPath("$.items[*].id").asArray()
                .containsExactly((int) id);
        assertThat(get(mvc, "/api/v1/reservations/" + id)).hasStatusOk();
    }

    @Test
    void reservesByClientIdentifier() {
        MvcTestResult result = post(mvc, reservations(), "{\"clientId\": \"01:52:54:00:12:34:56\", \"ipAddress\": \"192.0.2.150\"}");

        assertThat(result).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.clientId")
                .isEqualTo("01:52:54:00:12:34:56");
    }

    @Test
    void listsReservationsPageByPage() throws Exception {
        for (int i = 1; i <= 3; i++) {
            post(mvc, reservations(), "{\"hwAddress\": \"52:54:00:00:00:0" + i + "\", \"ipAddress\": \"192.0.2." + i + "\"}");
        }

        MvcTestResult first = get(mvc, reservations() + "?limit=2");
        assertThat(first).bodyJson().extractingPath("$.items[*].ipAddress").asArray().containsExactly("192.0.2.1", "192.0.2.2");
        String cursor = JsonPath.read(first.getResponse().getContentAsString(), "$.nextCursor");
        assertThat(get(mvc, reservations() + "?limit=2&cursor=" + cursor)).bodyJson()
                .extractingPath("$.items[*].ipAddress").asArray().containsExactly("192.0.2.3");
        assertValidation(get(mvc, reservations() + "?limit=5000"), "limit");
    }

    @Test
    void deletesAReservation() {
        long id = id(post(mvc, reservations(), "{\"hwAddress\": \"52:54:00:12:34:56\", \"ipAddress\": \"192.0.2.10\"}"));

        assertThat(delete(mvc, "/api/v1/reservations/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(delete(mvc, "/api/v1/reservations/" + id), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(get(mvc, "/api/v1/reservations/" + id), HttpStatus.NOT_FOUND, "not-found");
        assertThat(get(mvc, reservations())).bodyJson().extractingPath("$.items").asArray().isEmpty();
    }

    @Test
    void refusesAnAddressThatIsAlreadyReserved() {
        post(mvc, reservations(), "{\"hwAddress\": \"52:54:00:12:34:56\", \"ipAddress\": \"192.0.2.10\"}");

        assertProblem(post(mvc, reservations(), "{\"hwAddress\": \"52:54:00:12:34:57\", \"ipAddress\": \"192.0.2.10\"}"),
                HttpStatus.CONFLICT, "address-in-use");
        assertProblem(post(mvc, reservations(), "{\"hwAddress\": \"52:54:00:12:34:56\", \"ipAddress\": \"192.0.2.11\"}"),
                HttpStatus.CONFLICT, "address-in-use");
    }

    @Test
    void refusesAnAddressLeasedToAnotherClient() {
        assumeTrue(ApiTestSupport.leaseFeaturePresent(context), "needs the lease feature's AddressReserving listener");
        ApiTestSupport.bindLease(jdbc, subnetId, "192.0.2.100", "52:54:00:99:99:99");

        assertProblem(post(mvc, reservations(), "{\"hwAddress\": \"52:54:00:12:34:56\", \"ipAddress\": \"192.0.2.100\"}"),
                HttpStatus.CONFLICT, "address-in-use");
        assertThat(jdbc.sql("select count(*) from reservation").query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"hwAddress\": \"52:54:00:12:34:56\", \"ipAddress\": \"198.51.100.1\"} | ipAddress",
        "{\"hwAddress\": \"52:54:00:12:34:56\", \"ipAddress\": \"192.0.2.255\"}  | ipAddress",
        "{\"hwAddress\": \"52:54:00:12:34\", \"ipAddress\": \"192.0.2.10\"}      | hwAddress",
        "{\"clientId\": \"zz\", \"ipAddress\": \"192.0.2.10\"}                   | clientId",
        "{\"ipAddress\": \"192.0.2.10\"}                                         | hwAddress",
        "{\"hwAddress\": \"52:54:00:12:34:56\"}                                  | ipAddress",
        "{\"hwAddress\": \"52:54:00:12:34:56\", \"ipAddress\": \"192.0.2.10\", \"hostname\": \"bad host\"} | hostname",
    })
    void refusesInvalidReservationsNamingTheField(String json, String field) {
        assertValidation(post(mvc, reservations(), json), field);
    }

    @Test
    void answersNotFoundForAnUnknownSubnet() {
        assertProblem(post(mvc, "/api/v1/subnets/999/reservations",
                "{\"hwAddress\": \"52:54:00:12:34:56\", \"ipAddress\": \"192.0.2.10\"}"), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(get(mvc, "/api/v1/subnets/999/reservations"), HttpStatus.NOT_FOUND, "not-found");
    }
}
