package org.leasekeeper.lease;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;

/** The latest lease of one address. */
public record Lease(
        Ipv4Address ipAddress,
        long subnetId,
        LeaseState state,
        @Nullable MacAddress hwAddress,
        @Nullable ClientId clientId,
        @Nullable String hostname,
        Instant startedAt,
        Instant expiresAt,
        Instant updatedAt) {
}
