package org.leasekeeper.lease;

/** Thrown when no lease for an address (it was never leased). */
public class LeaseNotFound extends RuntimeException {

    public LeaseNotFound(String message) {
        super(message);
    }
}
