package org.leasekeeper.subnet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.leasekeeper.subnet.web.ApiTestSupport.assertProblem;
import static org.leasekeeper.subnet.web.ApiTestSupport.assertValidation;
import static org.leasekeeper.subnet.web.ApiTestSupport.delete;
import static org.leasekeeper.subnet.web.ApiTestSupport.get;
import static org.leasekeeper.subnet.web.ApiTestSupport.post;
import static org.leasekeeper.subnet.web.ApiTestSupport.put;

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
class SubnetApiTest {

    static final String LAB = """
            {"name": "lab", "cidr": "192.0.2.0/24", "pools": [{"first": "192.0.2.100", "last": "192.0.2.199"}],
             "routers": ["192.0.2.1"], "dnsServers": ["192.0.2.1"], "domainName": "lab.example",
             "relayAddresses": ["127.0.0.2"]}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    DatabaseCleaner cleaner;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void clean() {
        cleaner.clean();
    }

    @Test
    void createsASubnetWithDefaultTimesAndItsLocation() {
        MvcTestResult result = post(mvc, "/api/v1/subnets", LAB);

        assertThat(result).hasStatus(HttpStatus.CREATED);
        long id = id(result);
        assertThat(result).headers().hasValue("Location", "/api/v1/subnets/" + id);
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"name": "lab", "cidr": "192.0.2.0/24", "pools": [{"first": "192.0.2.100", "last": "192.0.2.199"}],
                 "routers": ["192.0.2.1"], "dnsServers": ["192.0.2.1"], "domainName": "lab.example",
                 "leaseTimeSeconds": 3600, "renewTimeSeconds": 1800, "rebindTimeSeconds": 3150,
                 "relayAddresses": ["127.0.0.2"]}""");
        assertThat(get(mvc, "/api/v1/subnets/" + id)).hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo((int) id);
    }

    @Test
    void acceptsOnlyCidrAndPools() {
        MvcTestResult result = post(mvc, "/api/v1/subnets",
                "{\"cidr\": \"10.9.0.0/16\", \"pools\": [{\"first\": \"10.9.1.1\", \"last\": \"10.9.1.1\"}]}");

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(result).bodyJson().extractingPath("$.routers").asArray().isEmpty();
        assertThat(result).bodyJson().extractingPath("$.name").isNull();
    }

    @Test
    void listsSubnetsPageByPageWithACursor() throws Exception {
        for (int i = 1; i <= 3; i++) {
            post(mvc, "/api/v1/subnets", "{\"cidr\": \"10.0." + i + ".0/24\", \"pools\": [{\"first\": \"10.0." + i
                    + ".10\", \"last\": \"10.0." + i + ".20\"}]}");
        }

        MvcTestResult first = get(mvc, "/api/v1/subnets?limit=2");
        assertThat(first).hasStatusOk().bodyJson().extractingPath("$.items[*].cidr").asArray()
                .containsExactly("10.0.1.0/24", "10.0.2.0/24");
        String cursor = JsonPath.read(first.getResponse().getContentAsString(), "$.nextCursor");
        MvcTestResult second = get(mvc, "/api/v1/subnets?limit=2&cursor=" + cursor);
        assertThat(second).bodyJson().extractingPath("$.items[*].cidr").asArray().containsExactly("10.0.3.0/24");
        assertThat(second).bodyJson().extractingPath("$.nextCursor").isNull();
        assertThat(get(mvc, "/api/v1/subnets")).bodyJson().extractingPath("$.items").asArray().hasSize(3);
    }

    @ParameterizedTest
    @CsvSource({"limit=1001, limit", "limit=0, limit", "limit=ten, limit", "cursor=not-ours, cursor"})
    void refusesBadListParameters(String query, String field) {
        assertValidation(get(mvc, "/api/v1/subnets?" + query), field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"cidr\": \"192.0.2.0/33\", \"pools\": [{\"first\": \"192.0.2.1\", \"last\": \"192.0.2.9\"}]}  | cidr",
        "{\"cidr\": \"192.0.2.7/24\", \"pools\": [{\"first\": \"192.0.2.1\", \"last\": \"192.0.2.9\"}]}  | cidr",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": [{\"first\": \"10.0.0.1\", \"last\": \"10.0.0.9\"}]}    | pools[0]",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": [{\"first\": \"192.0.2.9\", \"last\": \"192.0.2.1\"}]}  | pools[0]",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": [{\"first\": \"192.0.2.1\"}]}                          | pools[0].last",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": [{\"first\": \"192.0.2.1\", \"last\": \"192.0.2.9\"}], \"renewTimeSeconds\": 3150} | renewTimeSeconds",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": [{\"first\": \"192.0.2.1\", \"last\": \"192.0.2.9\"}], \"leaseTimeSeconds\": -5} | leaseTimeSeconds",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": [{\"first\": \"192.0.2.1\", \"last\": \"192.0.2.9\"}], \"routers\": [\"192.0.2\"]} | routers[0]",
        "{\"cidr\": \"192.0.2.0/24\"}                                                                    | pools",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": []}                                                     | pools",
        "{\"pools\": [{\"first\": \"192.0.2.1\", \"last\": \"192.0.2.9\"}]}                             | cidr",
        "{\"cidr\": \"192.0.2.0/24\", \"pools\": [                                                      | body",
    })
    void refusesInvalidSubnetsNamingTheField(String json, String field) {
        assertValidation(post(mvc, "/api/v1/subnets", json), field);
        assertThat(jdbc.sql("select count(*) from subnet").query(Long.class).single()).isZero();
    }

    @Test
    void refusesAnOverlappingSubnet() {
        post(mvc, "/api/v1/subnets", LAB);

        assertProblem(post(mvc, "/api/v1/subnets",
                "{\"cidr\": \"192.0.0.0/16\", \"pools\": [{\"first\": \"192.0.9.1\", \"last\": \"192.0.9.9\"}]}"),
                HttpStatus.CONFLICT, "subnet-overlap");
    }

    @Test
    void replacesASubnet() {
        long id = id(post(mvc, "/api/v1/subnets", LAB));

        MvcTestResult result = put(mvc, "/api/v1/subnets/" + id, """
                {"cidr": "192.0.2.0/24", "pools": [{"first": "192.0.2.50", "last": "192.0.2.199"}],
                 "leaseTimeSeconds": 600}""");

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"id": %d, "pools": [{"first": "192.0.2.50", "last": "192.0.2.199"}], "routers": [],
                 "leaseTimeSeconds": 600, "renewTimeSeconds": 300, "rebindTimeSeconds": 525}""".formatted(id));
        assertThat(get(mvc, "/api/v1/subnets/" + id)).bodyJson().extractingPath("$.pools[0].first").isEqualTo("192.0.2.50");
    }

    @Test
    void refusesAnInvalidReplacement() {
        long id = id(post(mvc, "/api/v1/subnets", LAB));

        assertValidation(put(mvc, "/api/v1/subnets/" + id, """
                {"cidr": "192.0.2.0/24", "pools": [{"first": "192.0.2.50", "last": "192.0.2.199"}],
                 "leaseTimeSeconds": 600, "renewTimeSeconds": 500, "rebindTimeSeconds": 400}"""), "renewTimeSeconds");
    }

    @Test
    void deletesASubnet() {
        long id = id(post(mvc, "/api/v1/subnets", LAB));

        assertThat(delete(mvc, "/api/v1/subnets/" + id)).hasStatus(HttpStatus.NO_CONTENT);
        assertProblem(get(mvc, "/api/v1/subnets/" + id), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(delete(mvc, "/api/v1/subnets/" + id), HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void answersNotFoundForUnknownSubnets() {
        assertProblem(get(mvc, "/api/v1/subnets/999"), HttpStatus.NOT_FOUND, "not-found");
        assertProblem(put(mvc, "/api/v1/subnets/999", LAB), HttpStatus.NOT_FOUND, "not-found");
        assertValidation(get(mvc, "/api/v1/subnets/abc"), "id");
    }

    @Test
    void refusesToDeleteASubnetWithABoundLease() {
        assumeTrue(ApiTestSupport.leaseFeaturePresent(context), "needs the lease feature's SubnetDeleting listener");
        long id = id(post(mvc, "/api/v1/subnets", LAB));
        ApiTestSupport.bindLease(jdbc, id, "192.0.2.100", "52:54:00:12:34:56");

        assertProblem(delete(mvc, "/api/v1/subnets/" + id), HttpStatus.CONFLICT, "subnet-has-leases");
        assertThat(get(mvc, "/api/v1/subnets/" + id)).hasStatusOk();
    }

    @Test
    void refusesToShrinkPoolsAwayFromABoundLease() {
        assumeTrue(ApiTestSupport.leaseFeaturePresent(context), "needs the lease feature's SubnetPoolsChanged listener");
        long id = id(post(mvc, "/api/v1/subnets", LAB));
        ApiTestSupport.bindLease(jdbc, id, "192.0.2.100", "52:54:00:12:34:56");

        assertProblem(put(mvc, "/api/v1/subnets/" + id, """
                {"cidr": "192.0.2.0/24", "pools": [{"first": "192.0.2.150", "last": "192.0.2.199"}]}"""),
                HttpStatus.CONFLICT, "subnet-has-leases");
    }

    static long id(MvcTestResult result) {
        try {
            return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
