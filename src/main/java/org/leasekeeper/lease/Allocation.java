package org.leasekeeper.lease;

/** The result of {@link LeaseService#allocate}: the BOUND lease, and whether this call created it. */
public record Allocation(Lease lease, boolean created) {
}
