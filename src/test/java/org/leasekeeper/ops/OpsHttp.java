package org.leasekeeper.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Plain HTTP against a running test server, with the tokens the ops tests configure. */
final class OpsHttp {

    static final String WRITE_TOKEN = "ops-test-write-token";
    static final String READ_TOKEN = "ops-test-read-token";
    static final String TOKEN_PROPERTIES_1 = "leasekeeper.api.token=" + WRITE_TOKEN;
    static final String TOKEN_PROPERTIES_2 = "leasekeeper.api.read-token=" + READ_TOKEN;
    /** Spring Boot's default login, used for GETs only until Leasekeeper's bearer-token security is in the build. */
    static final String BASIC_PROPERTIES_1 = "spring.security.user.name=ops";
    static final String BASIC_PROPERTIES_2 = "spring.security.user.password=ops-test-password";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final boolean bearer;

    OpsHttp(int port, ApplicationContext context) {
        this.base = "http://127.0.0.1:" + port;
        this.bearer = leasekeeperSecurityPresent(context);
    }

    HttpResponse<String> get(String path, @Nullable String token) {
        return send(request(path, token).GET());
    }

    HttpResponse<String> postJson(String path, String json, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", bearer ? "Bearer " + token : "Basic " + Base64.getEncoder()
                    .encodeToString("ops:ops-test-password".getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Leasekeeper's bearer-token security replaces Spring Boot's default login chains once it is in the build. */
    static boolean leasekeeperSecurityPresent(ApplicationContext context) {
        return !context.containsBean("managementSecurityFilterChain") && !context.containsBean("defaultSecurityFilterChain");
    }

    /** Whether a controller maps the path (features land one by one; tests of later features wait for them). */
    static boolean mapped(ApplicationContext context, String pattern) {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            if (info.getPatternValues().contains(pattern)) {
                return true;
            }
        }
        return false;
    }
}
