package org.leasekeeper.lease;

/** Thrown when renew of a lease that is RELEASED, EXPIRED or DECLINED: the client must ask for a new lease. */
public class LeaseNotActive extends RuntimeException {

    public LeaseNotActive(String message) {
        super(message);
    }
}
