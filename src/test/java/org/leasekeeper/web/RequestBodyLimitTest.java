package org.leasekeeper.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

class RequestBodyLimitTest {

    private final RequestBodyLimit filter = new RequestBodyLimit(DataSize.ofBytes(10), new ProblemWriter(new JsonMapper()));

    @Test
    void stopsAChunkedBodyWhenItGrowsPastTheLimit() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/subnets") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent("01234567890123".getBytes());

        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> req.getInputStream().readAllBytes()))
                .isInstanceOf(RequestBodyLimit.TooLarge.class);
    }

    @Test
    void letsABodyAtTheLimitThrough() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/subnets");
        request.setContent("0123456789".getBytes());
        byte[][] seen = new byte[1][];

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen[0] = req.getInputStream().readAllBytes());

        assertThat(seen[0]).hasSize(10);
    }

    @Test
    void refusesADeclaredLengthOverTheLimitWithAProblem() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/subnets");
        request.setContent("01234567890".getBytes());
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("must not reach the chain");
        });

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("https://leasekeeper.org/problems/payload-too-large");
    }
}
