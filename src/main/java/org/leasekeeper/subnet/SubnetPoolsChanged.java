package org.leasekeeper.subnet;

/**
 * Published inside the transaction that creates a subnet or replaces it (CIDR or pools may differ), before
 * it commits. The lease feature listens to provision one lease row per pool address; it throws
 * {@link SubnetHasLeases} to roll the change back when an OFFERED or BOUND lease would fall outside.
 */
public record SubnetPoolsChanged(Subnet subnet) {
}
