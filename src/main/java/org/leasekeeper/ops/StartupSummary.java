package org.leasekeeper.ops;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.env.Environment;

/** The lines printed once Leasekeeper is ready: where its API, documentation, token and DHCP listener are. */
record StartupSummary(String httpBase, String token, String dhcp, String database) {

    static StartupSummary of(Environment env, int httpPort, @Nullable DevDatabase devDatabase,
            @Nullable Health dhcpHealth) {
        String host = env.getProperty("server.address", "localhost");
        String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + httpPort
                + env.getProperty("server.servlet.context-path", "");
        return new StartupSummary(base, token(env), dhcp(env, dhcpHealth), database(env, devDatabase));
    }

    private static String token(Environment env) {
        if (!env.getProperty("leasekeeper.api.token", "").isBlank()) {
            return "the value of LEASEKEEPER_API_TOKEN (read-only: LEASEKEEPER_API_READ_TOKEN)";
        }
        return "none configured: a token was generated and printed once above in this log";
    }

    /** From the listener's health ({@code dhcp} indicator) when there is one, else from the settings. */
    private static String dhcp(Environment env, @Nullable Health health) {
        if (!env.getProperty("leasekeeper.dhcp.enabled", Boolean.class, true)) {
            return "disabled (LEASEKEEPER_DHCP_ENABLED=false)";
        }
        if (health != null && Boolean.FALSE.equals(health.getDetails().get("listening"))) {
            return "not listening: " + health.getDetails().getOrDefault("reason", health.getStatus());
        }
        Object bound = health == null ? null : health.getDetails().get("address");
        String summary = "udp " + (bound != null ? bound : env.getProperty("leasekeeper.dhcp.bind-address", "0.0.0.0")
                + ":" + env.getProperty("leasekeeper.dhcp.port", "67"));
        String iface = env.getProperty("leasekeeper.dhcp.interface", "");
        return iface.isBlank() ? summary + ", relayed clients only (LEASEKEEPER_DHCP_INTERFACE not set)"
                : summary + ", direct clients on " + iface;
    }

    private static String database(Environment env, @Nullable DevDatabase devDatabase) {
        if (devDatabase != null) {
            return withoutParameters(devDatabase.jdbcUrl()) + " (embedded, data in " + devDatabase.dataDirectory()
                    + ")";
        }
        return withoutParameters(env.getProperty("spring.datasource.url", "(from the environment)"));
    }

    /** JDBC URL parameters may carry a password: never print them. */
    static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    String render() {
        return String.join(System.lineSeparator(),
                "Leasekeeper is ready",
                "  API          " + httpBase + "/api/v1",
                "  Swagger UI   " + httpBase + "/swagger-ui.html",
                "  OpenAPI      " + httpBase + "/v3/api-docs",
                "  Health       " + httpBase + "/actuator/health",
                "  Metrics      " + httpBase + "/actuator/prometheus",
                "  Bearer token " + token,
                "  DHCP         " + dhcp,
                "  Database     " + database);
    }
}
