package org.leasekeeper.lease;

import org.leasekeeper.net.Ipv4Address;

/** Thrown when renew, release or decline by a client that does not hold the lease. */
public class NotLeaseOwner extends RuntimeException {

    public NotLeaseOwner(String message) {
        super(message);
    }

    public static NotLeaseOwner forAddress(Ipv4Address address) {
        return new NotLeaseOwner("the lease of " + address + " belongs to another client");
    }
}
