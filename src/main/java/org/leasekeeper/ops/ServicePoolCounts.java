package org.leasekeeper.ops;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetNotFound;
import org.leasekeeper.subnet.SubnetService;

/** Pool counts from the subnet and lease services: one utilisation query per subnet, page by page. */
final class ServicePoolCounts implements PoolCounts {

    private static final int PAGE = 500;

    private final SubnetService subnets;
    private final LeaseService leases;

    ServicePoolCounts(SubnetService subnets, LeaseService leases) {
        this.subnets = subnets;
        this.leases = leases;
    }

    @Override
    public List<SubnetCounts> all() {
        List<SubnetCounts> result = new ArrayList<>();
        @Nullable Long after = null;
        List<Subnet> page;
        do {
            page = subnets.list(after, PAGE);
            for (Subnet subnet : page) {
                try {
                    result.add(new SubnetCounts(subnet.cidr().toString(), leases.utilization(subnet.id())));
                } catch (SubnetNotFound deletedMeanwhile) {
                    // gone since the page was read: its gauges go with the next refresh
                }
                after = subnet.id();
            }
        } while (page.size() == PAGE);
        return result;
    }
}
