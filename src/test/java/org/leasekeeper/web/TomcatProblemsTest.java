package org.leasekeeper.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What only a real Tomcat does: chunked request bodies and URIs it refuses before Spring sees them. */
@ApiContextTest
class TomcatProblemsTest {

    @LocalServerPort
    int port;

    @Test
    void answersAMalformedUriWithAProblemInsteadOfTomcatsPage() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/subnets/%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + ApiContextTest.WRITE_TOKEN + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"type\":\"https://leasekeeper.org/problems/validation\"").doesNotContain("<html");
        }
    }

    @Test
    void refusesAChunkedBodyThatGrowsPastTheLimit() throws Exception {
        InputStream body = new SequenceInputStream(new ByteArrayInputStream("{\"name\": \"".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream("a".repeat(100_000).getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/subnets"))
                .header("Authorization", "Bearer " + ApiContextTest.WRITE_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("https://leasekeeper.org/problems/payload-too-large");
    }
}
