package org.leasekeeper.subnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.web.ApiContextTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Calls the API through MockMvc with the write token, and checks problem bodies. */
final class ApiTestSupport {

    static final String TOKEN = ApiContextTest.WRITE_TOKEN;

    private ApiTestSupport() {
    }

    static MvcTestResult post(MockMvcTester mvc, String uri, String json) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    static MvcTestResult put(MockMvcTester mvc, String uri, String json) {
        return mvc.put().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    static MvcTestResult get(MockMvcTester mvc, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN).exchange();
    }

    static MvcTestResult delete(MockMvcTester mvc, String uri) {
        return mvc.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN).exchange();
    }

    static void assertProblem(MvcTestResult result, HttpStatus status, String slug) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://leasekeeper.org/problems/" + slug);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
        assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
    }

    static void assertValidation(MvcTestResult result, String field) {
        assertProblem(result, HttpStatus.BAD_REQUEST, "validation");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
        assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray().isNotEmpty();
    }

    /** The lease feature's listeners (SubnetDeleting, SubnetPoolsChanged, AddressReserving) exist once its service does. */
    static boolean leaseFeaturePresent(ApplicationContext context) {
        return context.getBeanNamesForType(LeaseService.class).length > 0;
    }

    /** Makes the address's lease BOUND to a client, whether or not the lease feature provisioned its row. */
    static void bindLease(JdbcClient jdbc, long subnetId, String address, String hwAddress) {
        jdbc.sql("""
                insert into lease (ip_address, subnet_id, in_pool, state, hw_address, client_key, started_at,
                                   expires_at, free_since, updated_at)
                values (cast(:ip as inet), :subnet, true, 'BOUND', cast(:hw as macaddr), :key, now(),
                        now() + interval '1 hour', null, now())
                on conflict (ip_address) do update set state = 'BOUND', hw_address = excluded.hw_address,
                    client_key = excluded.client_key, started_at = excluded.started_at,
                    expires_at = excluded.expires_at, free_since = null, updated_at = excluded.updated_at""")
                .param("ip", address).param("subnet", subnetId).param("hw", hwAddress).param("key", "hw:" + hwAddress)
                .update();
    }
}
