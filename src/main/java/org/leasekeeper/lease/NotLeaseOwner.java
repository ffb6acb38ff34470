package org.leasekeeper.lease;

/** Thrown when renew, release or decline by a client that does not hold the lease. */
public class NotLeaseOwner extends RuntimeException {

    public NotLeaseOwner(String message) {
        super(message);
    }
}
