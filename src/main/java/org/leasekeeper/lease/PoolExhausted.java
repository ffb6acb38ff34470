package org.leasekeeper.lease;

/** Thrown when no free address left in the subnet. */
public class PoolExhausted extends RuntimeException {

    public PoolExhausted(String message) {
        super(message);
    }
}
