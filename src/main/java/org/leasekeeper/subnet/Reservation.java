package org.leasekeeper.subnet;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;

/** An address kept for one client: it is only ever leased to that client. */
public record Reservation(
        long id,
        long subnetId,
        Ipv4Address ipAddress,
        @Nullable MacAddress hwAddress,
        @Nullable ClientId clientId,
        @Nullable String hostname) {

    public boolean isFor(ClientIdentity client) {
        return client.matches(hwAddress, clientId);
    }
}
