package org.leasekeeper.lease;

import org.leasekeeper.net.Ipv4Address;

/** Thrown when renew of a lease that is RELEASED, EXPIRED or DECLINED: the client must ask for a new lease. */
public class LeaseNotActive extends RuntimeException {

    public LeaseNotActive(String message) {
        super(message);
    }

    public static LeaseNotActive forLease(Ipv4Address address, LeaseState state) {
        return new LeaseNotActive("the lease of " + address + " is " + state + ", not BOUND: ask for a new lease");
    }

    public static LeaseNotActive declined(Ipv4Address address) {
        return new LeaseNotActive("address " + address + " was declined and is quarantined");
    }
}
