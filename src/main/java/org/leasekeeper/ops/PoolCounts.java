package org.leasekeeper.ops;

import java.util.List;

import org.leasekeeper.lease.Utilization;

/** Where the pool gauges get their numbers: one {@link Utilization} per subnet, with the subnet's CIDR. */
interface PoolCounts {

    record SubnetCounts(String cidr, Utilization utilization) {
    }

    List<SubnetCounts> all();
}
