package org.leasekeeper.lease;

/** Who changed a lease: a DHCP client, an API caller, or the reclaim job. */
public enum Source {
    DHCP, API, RECLAIM
}
