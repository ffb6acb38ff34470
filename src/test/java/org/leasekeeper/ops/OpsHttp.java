package org.leasekeeper.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** Plain HTTP against a running test server, with the tokens the ops tests configure. */
final class OpsHttp {

    static final String WRITE_TOKEN = "ops-test-write-token";
    static final String READ_TOKEN = "ops-test-read-token";
    static final String TOKEN_PROPERTIES_1 = "leasekeeper.api.token=" + WRITE_TOKEN;
    static final String TOKEN_PROPERTIES_2 = "leasekeeper.api.read-token=" + READ_TOKEN;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    OpsHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
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
            builder.header("Authorization", "Bearer " + token);
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
}
