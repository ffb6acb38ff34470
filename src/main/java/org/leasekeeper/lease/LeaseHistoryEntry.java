package org.leasekeeper.lease;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.MacAddress;

/** One transition of a lease. */
public record LeaseHistoryEntry(
        Instant at, LeaseEvent event, @Nullable MacAddress hwAddress, @Nullable ClientId clientId, Source source) {
}
