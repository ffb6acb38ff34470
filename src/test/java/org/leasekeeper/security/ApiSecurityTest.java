package org.leasekeeper.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leasekeeper.web.ApiContextTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@ApiContextTest
@ExtendWith(OutputCaptureExtension.class)
class ApiSecurityTest {

    static final String WRITE = ApiContextTest.WRITE_TOKEN;
    static final String READ = ApiContextTest.READ_TOKEN;

    @Autowired
    MockMvcTester mvc;

    @Test
    void refusesARequestWithoutTokenWithUnauthorizedProblem() {
        MvcTestResult result = mvc.get().uri("/api/v1/subnets").exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer realm=\"leasekeeper\"");
    }

    @Test
    void refusesAnUnknownTokenWithUnauthorizedProblem() {
        MvcTestResult result = mvc.get().uri("/api/v1/subnets").header(HttpHeaders.AUTHORIZATION, "Bearer nope").exchange();

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer").contains("invalid_token");
    }

    @Test
    void refusesOtherAuthorizationSchemes() {
        assertProblem(mvc.get().uri("/api/v1/subnets").header(HttpHeaders.AUTHORIZATION, "Basic " + WRITE).exchange(),
                HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void letsTheReadTokenRead() {
        assertThat(get("/api/v1/subnets", READ).getResponse().getStatus()).isNotIn(401, 403);
    }

    @Test
    void forbidsWritesWithTheReadToken() {
        MvcTestResult result = mvc.post().uri("/api/v1/subnets").header(HttpHeaders.AUTHORIZATION, "Bearer " + READ)
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange();

        assertProblem(result, HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(mvc.delete().uri("/api/v1/reservations/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + READ)
                .exchange(), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void letsTheWriteTokenWriteAndRead() {
        MvcTestResult result = mvc.post().uri("/api/v1/subnets").header(HttpHeaders.AUTHORIZATION, "Bearer " + WRITE)
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange();

        assertThat(result.getResponse().getStatus()).isNotIn(401, 403);
        assertThat(get("/api/v1/subnets", WRITE).getResponse().getStatus()).isNotIn(401, 403);
    }

    @Test
    void leavesHealthOpen() {
        assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health/liveness").exchange()).hasStatusOk();
    }

    @Test
    void protectsPrometheusAndTheOpenApiDocument() {
        assertProblem(mvc.get().uri("/actuator/prometheus").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        assertProblem(mvc.get().uri("/v3/api-docs").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(get("/actuator/prometheus", READ).getResponse().getStatus()).isNotIn(401, 403);
        assertThat(get("/v3/api-docs", READ)).hasStatusOk().bodyJson()
                .extractingPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer");
    }

    @Test
    void answersContainerErrorsWithAProblemThatSaysNothingMore() {
        MvcTestResult result = mvc.get().uri("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret"))
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/sub%nets").exchange();

        assertProblem(result, HttpStatus.BAD_REQUEST, "validation");
        assertThat(result).bodyText().doesNotContain("secret");
    }

    @Test
    void leavesTheSwaggerUiPagesOpen() {
        assertThat(mvc.get().uri("/swagger-ui/index.html").exchange().getResponse().getStatus()).isNotIn(401, 403);
    }

    @Test
    void answersUnknownPathsWithoutTokenWithUnauthorizedAndWithTokenWithNotFound() {
        assertProblem(mvc.get().uri("/nothing").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        assertProblem(get("/api/v1/nothing", READ), HttpStatus.NOT_FOUND, "not-found");
    }

    @Test
    void createsNoSession() {
        MvcTestResult result = get("/api/v1/subnets", READ);

        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void neverLogsTheTokens(CapturedOutput output) {
        get("/api/v1/subnets", READ);
        get("/api/v1/subnets", WRITE);
        get("/api/v1/subnets", WRITE + "x");

        assertThat(output.getAll()).doesNotContain(WRITE).doesNotContain(READ);
    }

    private MvcTestResult get(String uri, String token) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status, String slug) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://leasekeeper.org/problems/" + slug);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
        assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
    }
}
