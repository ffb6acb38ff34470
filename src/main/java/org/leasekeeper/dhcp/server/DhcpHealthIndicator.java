package org.leasekeeper.dhcp.server;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health contributor {@code dhcp}: UP while the DHCP socket is bound, or when the listener is disabled; DOWN
 * when it should listen and does not. Add it to the readiness group to keep traffic away from a deaf server.
 */
class DhcpHealthIndicator implements HealthIndicator {

    private final @Nullable DhcpSocketLoop loop;

    DhcpHealthIndicator(@Nullable DhcpSocketLoop loop) {
        this.loop = loop;
    }

    @Override
    public Health health() {
        if (loop == null) {
            return Health.up().withDetail("enabled", false).build();
        }
        var address = loop.boundAddress();
        Health.Builder builder = loop.isBound() ? Health.up() : Health.down();
        return builder.withDetail("enabled", true)
                .withDetail("address", address == null ? "not bound" : address.getAddress().getHostAddress() + ":" + address.getPort())
                .withDetail("inFlight", loop.inFlight())
                .build();
    }
}
