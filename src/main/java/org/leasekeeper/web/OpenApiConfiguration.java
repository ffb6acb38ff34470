package org.leasekeeper.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description at {@code /v3/api-docs} (read token needed): every operation takes
 * {@code Authorization: Bearer <token>}, and errors are RFC 9457 problems whose {@code type} ends in a stable
 * slug. The API contract protects the document, so the Swagger UI pages at {@code /swagger-ui.html} (static, open)
 * can only load it when the browser sends the token itself (a header-adding extension or proxy); without one,
 * read the document with {@code curl -H "Authorization: Bearer $TOKEN" http://host:8080/v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI leasekeeperOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Leasekeeper API").version("v1").description("""
                        DHCPv4 subnets, pools, reservations and leases. Authenticate with \
                        `Authorization: Bearer <token>`: LEASEKEEPER_API_TOKEN reads and writes, \
                        LEASEKEEPER_API_READ_TOKEN only reads (GET). Errors are `application/problem+json` \
                        (RFC 9457); the last path segment of `type` is a stable slug such as `validation`, \
                        `not-found`, `address-in-use`, `subnet-overlap`; validation problems list \
                        `errors: [{field, message}]`."""))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("LEASEKEEPER_API_TOKEN (read and write) or LEASEKEEPER_API_READ_TOKEN (GET only)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
