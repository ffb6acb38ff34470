package org.leasekeeper.lease;

import org.leasekeeper.net.Ipv4Address;

/** Thrown when no lease for an address (it was never leased). */
public class LeaseNotFound extends RuntimeException {

    public LeaseNotFound(String message) {
        super(message);
    }

    public static LeaseNotFound forAddress(Ipv4Address address) {
        return new LeaseNotFound("address " + address + " has never been leased");
    }
}
