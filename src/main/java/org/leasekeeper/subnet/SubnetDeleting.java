package org.leasekeeper.subnet;

/**
 * Published inside the transaction that deletes a subnet, before its rows go. The lease feature throws
 * {@link SubnetHasLeases} when the subnet still has OFFERED or BOUND leases.
 */
public record SubnetDeleting(long subnetId) {
}
