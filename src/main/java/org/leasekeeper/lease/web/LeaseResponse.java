package org.leasekeeper.lease.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.lease.Lease;
import org.leasekeeper.lease.LeaseState;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;

/** A lease as the API shows it. */
record LeaseResponse(
        Ipv4Address ipAddress,
        long subnetId,
        LeaseState state,
        @Nullable MacAddress hwAddress,
        @Nullable ClientId clientId,
        @Nullable String hostname,
        Instant startedAt,
        Instant expiresAt,
        Instant updatedAt) {

    static LeaseResponse of(Lease lease) {
        return new LeaseResponse(lease.ipAddress(), lease.subnetId(), lease.state(), lease.hwAddress(), lease.clientId(),
                lease.hostname(), lease.startedAt(), lease.expiresAt(), lease.updatedAt());
    }
}
