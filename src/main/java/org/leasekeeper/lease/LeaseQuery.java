package org.leasekeeper.lease;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;

/**
 * Filters of {@code GET /api/v1/leases}, all optional, and keyset pagination by address: {@code after}
 * is the last address of the previous page (decoded from the opaque cursor by the web layer).
 */
public record LeaseQuery(
        @Nullable Long subnetId,
        @Nullable LeaseState state,
        @Nullable MacAddress hwAddress,
        @Nullable ClientId clientId,
        @Nullable String hostname,
        @Nullable Ipv4Address after,
        int limit) {
}
