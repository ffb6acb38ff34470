package org.leasekeeper.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API, reached with curl inside the server namespace. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String namespace;
    private final String base;
    private final String token;

    Api(String namespace, String base, String token) {
        this.namespace = namespace;
        this.base = base;
        this.token = token;
    }

    /** An HTTP answer: status and body. */
    record Response(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    boolean healthUp() {
        Response health = call("GET", "/actuator/health", null, false);
        return health.status() == 200 && health.body().contains("\"UP\"");
    }

    Response get(String path) {
        return call("GET", path, null, true);
    }

    Response post(String path, Object body) {
        return call("POST", path, JSON.writeValueAsString(body), true);
    }

    /** The address's lease, if it was ever leased. */
    Optional<JsonNode> lease(String ip) {
        Response response = get("/api/v1/leases/" + ip);
        return response.status() == 200 ? Optional.of(response.json()) : Optional.empty();
    }

    /** Creates a subnet and returns its id. */
    long createSubnet(Map<String, Object> subnet) {
        Response response = post("/api/v1/subnets", subnet);
        if (response.status() != 201) {
            throw new IllegalStateException("subnet not created: " + response);
        }
        return response.json().get("id").asLong();
    }

    /** The value of a Prometheus counter line such as {@code leasekeeper_dhcp_packets_sent_total{type="nak"}}, or 0. */
    double counter(String name, String label, String value) {
        String text = get("/actuator/prometheus").body();
        for (String line : text.lines().toList()) {
            if (line.startsWith(name + "{") && line.contains(label + "=\"" + value + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0.0;
    }

    private Response call(String method, String path, String body, boolean authenticated) {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "-m", "10", "-o", "-", "-w", "\n%{http_code}",
                "-X", method, "-H", "Accept: application/json, application/problem+json, text/plain"));
        if (authenticated) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        if (body != null) {
            command.addAll(List.of("-H", "Content-Type: application/json", "--data-binary", body));
        }
        command.add(base + path);
        Shell.Result result = Shell.exec(TIMEOUT, Map.of(),
                Shell.inNamespace(namespace, command.toArray(String[]::new)).toArray(String[]::new));
        String out = result.output();
        int newline = out.lastIndexOf('\n');
        if (newline < 0) {
            return new Response(0, out);
        }
        String status = out.substring(newline + 1).trim();
        return new Response(status.matches("\\d{3}") ? Integer.parseInt(status) : 0, out.substring(0, newline));
    }
}
