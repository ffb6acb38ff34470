package org.leasekeeper.lease;

/** The states of a lease (API contract). RELEASED and EXPIRED leave the address free. */
public enum LeaseState {
    OFFERED, BOUND, RELEASED, EXPIRED, DECLINED;

    public boolean isActive() {
        return this == OFFERED || this == BOUND;
    }
}
