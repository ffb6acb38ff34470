package org.leasekeeper.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@ActiveProfiles(ProblemTestController.PROFILE)
@WebMvcTest(controllers = ProblemTestController.class, properties = "leasekeeper.api.max-body-size=1KB")
@Import({ProblemWriter.class, ProblemErrorController.class, ApiExceptionHandlerTest.OpenSecurity.class})
class ApiExceptionHandlerTest {

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @CsvSource({
        "subnet-not-found,        404, not-found,            no subnet with id 7",
        "reservation-not-found,   404, not-found,            no reservation with id 8",
        "lease-not-found,         404, not-found,            192.0.2.9 was never leased",
        "address-in-use,          409, address-in-use,       192.0.2.9 is leased to another client",
        "reservation-conflict,    409, address-in-use,       192.0.2.9 is already reserved",
        "not-lease-owner,         409, not-lease-owner,      192.0.2.9 is leased to another client",
        "lease-not-active,        409, lease-not-active,     the lease of 192.0.2.9 is RELEASED",
        "pool-exhausted,          409, pool-exhausted,       no free address in subnet 1",
        "subnet-overlap,          409, subnet-overlap,       192.0.2.0/24 overlaps subnet 1",
    })
    void mapsDomainExceptionsToProblemsWithTheirSlug(String what, int status, String slug, String detail) {
        MvcTestResult result = mvc.get().uri("/test/throw/" + what).exchange();

        assertProblem(result, status, slug);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(detail);
        assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
    }

    @Test
    void subnetHasLeasesSaysHowMany() {
        MvcTestResult result = mvc.get().uri("/test/throw/subnet-has-leases").exchange();

        assertProblem(result, 409, "subnet-has-leases");
        assertThat(result).bodyJson().extractingPath("$.activeLeases").isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"no-connection", "no-transaction", "resource-failure", "connection-refused-deep"})
    void reportsDatabaseUnavailableWithoutLeakingSql(String what) {
        MvcTestResult result = mvc.get().uri("/test/throw/" + what).exchange();

        assertProblem(result, 503, "database-unavailable");
        assertThat(result).bodyText().doesNotContain("secret").doesNotContain("Exception");
    }

    @Test
    void answersUnexpectedErrorsWithAGenericProblem() {
        MvcTestResult result = mvc.get().uri("/test/throw/bug").exchange();

        assertProblem(result, 500, "internal-error");
        assertThat(result).bodyText().doesNotContain("secret").doesNotContain("IllegalState").doesNotContain("at org.");
    }

    @Test
    void invalidSubnetListsItsFields() {
        MvcTestResult result = mvc.get().uri("/test/throw/invalid-subnet").exchange();

        assertProblem(result, 400, "validation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("pools[0]");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("pool 10.0.0.1-10.0.0.9 lies outside 192.0.2.0/24");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"cidr\": \"192.0.2.0/33\", \"pools\": [{\"first\": \"192.0.2.1\", \"last\": \"192.0.2.9\"}]} | cidr | prefix length must be 0 to 32, not 33",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": [{\"first\": \"192.0.2.300\", \"last\": \"192.0.2.9\"}]} | pools[0].first | not an IPv4 address: 192.0.2.300",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": [{\"first\": \"192.0.2.9\", \"last\": \"192.0.2.1\"}]} | pools[0] | range starts after it ends: 192.0.2.9 - 192.0.2.1",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": [], \"count\": \"many\"} | count | must be a number",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": {}} | pools | must be an array",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": [ | body | is not well-formed JSON (line 1, column 36)",
    })
    void reportsTheJsonPathOfABadValue(String json, String field, String message) {
        MvcTestResult result = mvc.post().uri("/test/body").contentType(MediaType.APPLICATION_JSON).content(json).exchange();

        assertProblem(result, 400, "validation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo(message);
        assertThat(result).bodyText().doesNotContain("tools.jackson").doesNotContain("org.leasekeeper");
    }

    @Test
    void reportsBeanValidationErrorsPerField() {
        MvcTestResult result = mvc.post().uri("/test/body").contentType(MediaType.APPLICATION_JSON)
                .content("{\"pools\": [], \"name\": \"much-too-long\"}").exchange();

        assertProblem(result, 400, "validation");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("cidr", "pools", "name");
    }

    @Test
    void reportsAMissingBody() {
        MvcTestResult result = mvc.post().uri("/test/body").contentType(MediaType.APPLICATION_JSON).exchange();

        assertProblem(result, 400, "validation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("body");
    }

    @ParameterizedTest
    @CsvSource({
        "/test/list?limit=1001,   limit,  must be less than or equal to 1000",
        "/test/list?limit=abc,    limit,  must be a whole number",
        "/test/list?cursor=@@@,   cursor, not a cursor of this API",
        "/test/required,          count,  is required",
        "/test/enum?color=BLUE,   color,  'must be one of RED, GREEN'",
        "/test/ip/10.0.0.256,     ip,     not an IPv4 address: 10.0.0.256",
    })
    void reportsBadQueryParametersByName(String uri, String field, String message) {
        MvcTestResult result = mvc.get().uri(uri).exchange();

        assertProblem(result, 400, "validation");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo(message);
    }

    @Test
    void acceptsAValidCursor() {
        assertThat(mvc.get().uri("/test/list?limit=5&cursor=" + Cursor.encode("42")).exchange())
                .hasStatusOk().hasBodyTextEqualTo("5:42");
    }

    @Test
    void answersUnknownPathsWithNotFound() {
        assertProblem(mvc.get().uri("/api/v1/nothing-here").exchange(), 404, "not-found");
    }

    @Test
    void answersSpringMvcErrorsWithProblems() {
        assertProblem(mvc.delete().uri("/test/body").exchange(), 405, "method-not-allowed");
        assertProblem(mvc.post().uri("/test/body").contentType(MediaType.TEXT_PLAIN).content("x").exchange(),
                415, "unsupported-media-type");
        assertProblem(mvc.post().uri("/test/body").contentType(MediaType.APPLICATION_JSON).accept(MediaType.IMAGE_PNG)
                .content("{\"cidr\": \"192.0.2.0/24\", \"pools\": [{\"first\": \"192.0.2.1\", \"last\": \"192.0.2.9\"}]}")
                .exchange(), 406, "not-acceptable");
    }

    @Test
    void refusesBodiesOverTheLimit() {
        String big = "{\"cidr\": \"192.0.2.0/24\", \"name\": \"" + "x".repeat(2000) + "\"}";

        assertProblem(mvc.post().uri("/test/body").contentType(MediaType.APPLICATION_JSON).content(big).exchange(),
                413, "payload-too-large");
    }

    private static void assertProblem(MvcTestResult result, int status, String slug) {
        assertThat(result).hasStatus(HttpStatus.valueOf(status))
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://leasekeeper.org/problems/" + slug);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
        assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
    }

    @TestConfiguration
    static class OpenSecurity {
        @Bean
        SecurityFilterChain open(HttpSecurity http) throws Exception {
            return http.csrf(c -> c.disable()).authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
        }

        /** No default user (and no generated password in the log). */
        @Bean
        InMemoryUserDetailsManager noUsers() {
            return new InMemoryUserDetailsManager();
        }
    }
}
