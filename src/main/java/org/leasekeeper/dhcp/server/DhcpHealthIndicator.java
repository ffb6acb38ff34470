package org.leasekeeper.dhcp.server;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health contributor {@code dhcp}: UP while the DHCP socket is bound, or when the configuration asks for no
 * listener (disabled, or nothing to serve); DOWN when it should listen and does not. Add it to the readiness group to keep traffic away from a deaf server.
 */
class DhcpHealthIndicator implements HealthIndicator {

    private final @Nullable DhcpSocketLoop loop;
    private final String whyNotListening;

    DhcpHealthIndicator(@Nullable DhcpSocketLoop loop) {
        this(loop, "disabled");
    }

    /** @param whyNotListening said in the details when there is no listener by configuration */
    DhcpHealthIndicator(@Nullable DhcpSocketLoop loop, String whyNotListening) {
        this.loop = loop;
        this.whyNotListening = whyNotListening;
    }

    @Override
    public Health health() {
        if (loop == null) {
            return Health.up().withDetail("listening", false).withDetail("reason", whyNotListening).build();
        }
        var address = loop.boundAddress();
        Health.Builder builder = loop.isBound() ? Health.up() : Health.down();
        return builder.withDetail("listening", loop.isBound())
                .withDetail("address", address == null ? "not bound" : address.getAddress().getHostAddress() + ":" + address.getPort())
                .withDetail("inFlight", loop.inFlight())
                .build();
    }
}
