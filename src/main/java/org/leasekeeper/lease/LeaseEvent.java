package org.leasekeeper.lease;

/** What happened to a lease, as its history records it. */
public enum LeaseEvent {
    OFFERED, BOUND, RENEWED, RELEASED, EXPIRED, DECLINED
}
