package org.leasekeeper.lease.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.lease.LeaseEvent;
import org.leasekeeper.lease.LeaseHistoryEntry;
import org.leasekeeper.lease.Source;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.MacAddress;

/** {@code GET /api/v1/leases/{ip}/history}: the address's transitions, newest first. */
record LeaseHistoryResponse(List<Item> items) {

    record Item(Instant at, LeaseEvent event, @Nullable MacAddress hwAddress, @Nullable ClientId clientId, Source source) {
    }

    static LeaseHistoryResponse of(List<LeaseHistoryEntry> entries) {
        return new LeaseHistoryResponse(entries.stream()
                .map(e -> new Item(e.at(), e.event(), e.hwAddress(), e.clientId(), e.source()))
                .toList());
    }
}
