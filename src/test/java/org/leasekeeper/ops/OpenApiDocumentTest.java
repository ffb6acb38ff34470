package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leasekeeper.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document describes every operation of the API contract, the bearer scheme and the problems. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        OpsHttp.TOKEN_PROPERTIES_1, OpsHttp.TOKEN_PROPERTIES_2, "leasekeeper.dhcp.enabled=false"})
class OpenApiDocumentTest {

    /** The operations of the HTTP API contract (API.md), path variables written as {}. */
    static final List<String> CONTRACT = List.of(
            "POST /api/v1/subnets",
            "GET /api/v1/subnets",
            "GET /api/v1/subnets/{}",
            "PUT /api/v1/subnets/{}",
            "DELETE /api/v1/subnets/{}",
            "GET /api/v1/subnets/{}/utilization",
            "POST /api/v1/subnets/{}/reservations",
            "GET /api/v1/subnets/{}/reservations",
            "DELETE /api/v1/reservations/{}",
            "POST /api/v1/leases",
            "GET /api/v1/leases",
            "GET /api/v1/leases/{}",
            "POST /api/v1/leases/{}/renew",
            "POST /api/v1/leases/{}/release",
            "POST /api/v1/leases/{}/expire",
            "GET /api/v1/leases/{}/history",
            "POST /api/v1/reclaim");

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeEach
    void fetchDocument() {
        HttpResponse<String> response = new OpsHttp(port).get("/v3/api-docs", OpsHttp.READ_TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        document = JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void documentsEveryContractOperation() {
        Set<String> documented = operations(document);

        assertThat(documented).as("operations in /v3/api-docs").containsAll(CONTRACT);
    }

    @Test
    void appliesTheBearerSchemeToEveryOperation() {
        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.path("security").toString()).contains("bearer");
        assertThat(document.path("info").path("title").asString()).isEqualTo("Leasekeeper API");
        assertThat(document.path("servers")).isNotEmpty();
    }

    @Test
    void describesTheApiOnly() {
        assertThat(document.path("paths").propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    void documentsProblemResponsesOnApiOperations() {
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "errors");
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode responses = operation.getValue().path("responses");
                assertThat(responses.propertyNames()).as(operation.getKey() + " " + path.getKey())
                        .contains("401", "503");
                assertThat(responses.path("503").path("content").has("application/problem+json")).isTrue();
            }
        }
    }

    @Test
    void normalisesPathVariableNames() {
        JsonNode sample = JsonMapper.builder().build().readTree("""
                {"paths": {"/api/v1/leases/{ip}/renew": {"post": {}, "parameters": []}}}""");
        assertThat(operations(sample)).containsExactly("POST /api/v1/leases/{}/renew");
    }

    static Set<String> operations(JsonNode document) {
        Set<String> result = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            String normalised = path.getKey().replaceAll("\\{[^}]*}", "{}");
            for (String method : path.getValue().propertyNames()) {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    result.add(method.toUpperCase(Locale.ROOT) + " " + normalised);
                }
            }
        }
        return result;
    }
}
