package org.leasekeeper.web;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document at {@code /v3/api-docs} and Swagger UI: title, version, the bearer scheme on every
 * operation, and the RFC 9457 problem responses every {@code /api/v1} operation can give (see
 * {@link ProblemResponses}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI leasekeeperOpenApi() {
        String version = OpenApiConfiguration.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info().title("Leasekeeper API")
                        .version(version == null ? "development" : version)
                        .description("""
                                DHCPv4 lease server with a PostgreSQL lease store. Subnets, pools and reservations \
                                for IPAM tools; leases as DHCP clients see them. Every `/api/v1` request carries \
                                `Authorization: Bearer <token>`: the read token (`LEASEKEEPER_API_READ_TOKEN`) for \
                                GET, the write token (`LEASEKEEPER_API_TOKEN`) for everything. Errors are \
                                `application/problem+json` (RFC 9457); the last path segment of `type` is a stable \
                                slug such as `pool-exhausted`.""")
                        .license(new License().name("Leasekeeper")))
                .servers(List.of(new Server().url("/").description("This Leasekeeper instance")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("LEASEKEEPER_API_TOKEN or LEASEKEEPER_API_READ_TOKEN")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("cidr"))
                .addProperty("message", new StringSchema().example("not a CIDR block"));
        Schema problem = new ObjectSchema().description("RFC 9457 problem detail")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("the last path segment is a stable slug, such as pool-exhausted")
                        .example("https://leasekeeper.org/problems/pool-exhausted"))
                .addProperty("title", new StringSchema().example("Pool exhausted"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema().example("no free address left in subnet 1"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("validation problems only: one entry per rejected field"));
        problem.setRequired(List.of("type", "title", "status"));
        problem.setExample(Map.of("type", "https://leasekeeper.org/problems/pool-exhausted",
                "title", "Pool exhausted", "status", 409, "detail", "no free address left in subnet 1"));
        return problem;
    }

    /**
     * Adds the problem responses of the API contract to every {@code /api/v1} operation that does not document
     * them itself: 400 {@code validation}, 401 {@code unauthorized}, 403 {@code forbidden} (writes), 404
     * {@code not-found} (paths naming a resource) and 503 {@code database-unavailable}.
     */
    static final class ProblemResponses implements OpenApiCustomizer {

        private static final String API = "/api/v1";

        @Override
        public void customise(OpenAPI openApi) {
            // Added here rather than on the bean: springdoc drops component schemas that nothing references yet.
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith(API)) {
                    item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
                }
            });
        }

        private static void document(String path, PathItem.HttpMethod method, Operation operation) {
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            ApiResponses responses = operation.getResponses();
            add(responses, "400", "validation: malformed JSON, a bad address, CIDR, MAC or query parameter");
            add(responses, "401", "unauthorized: no or unknown bearer token");
            if (method != PathItem.HttpMethod.GET) {
                add(responses, "403", "forbidden: the read token on a write");
            }
            if (path.contains("{")) {
                add(responses, "404", "not-found: no such subnet, reservation or lease");
            }
            add(responses, "503", "database-unavailable: PostgreSQL cannot be reached; nothing was changed");
        }

        private static void add(ApiResponses responses, String status, String description) {
            if (responses.containsKey(status)) {
                return;
            }
            Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem))));
        }

    }
}
