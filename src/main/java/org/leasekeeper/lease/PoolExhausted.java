package org.leasekeeper.lease;

/** Thrown when no free address left in the subnet. */
public class PoolExhausted extends RuntimeException {

    public PoolExhausted(String message) {
        super(message);
    }

    public static PoolExhausted inSubnet(long subnetId) {
        return new PoolExhausted("no free address left in subnet " + subnetId);
    }
}
