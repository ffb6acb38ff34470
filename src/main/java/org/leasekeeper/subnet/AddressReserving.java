package org.leasekeeper.subnet;

import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;

/**
 * Published inside the transaction that creates a reservation. The lease feature throws
 * {@link org.leasekeeper.lease.AddressInUse} when another client holds an OFFERED or BOUND lease on the address.
 */
public record AddressReserving(long subnetId, ClientIdentity client, Ipv4Address address) {
}
