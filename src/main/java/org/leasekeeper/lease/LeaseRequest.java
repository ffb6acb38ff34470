package org.leasekeeper.lease;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;

/**
 * A client asks for an address in a subnet: the command behind {@code POST /api/v1/leases}, DHCPDISCOVER
 * ({@link LeaseService#offer}) and DHCPREQUEST ({@link LeaseService#bind}).
 *
 * @param requestedAddress the address the client would like (API {@code requestedAddress}, DHCP option 50
 *                         or ciaddr), or null
 * @param leaseTime        the lease time asked for, or null for the subnet's default
 */
public record LeaseRequest(
        long subnetId,
        ClientIdentity client,
        @Nullable String hostname,
        @Nullable Ipv4Address requestedAddress,
        @Nullable Duration leaseTime,
        Source source) {
}
