package org.leasekeeper.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.leasekeeper.lease.LeaseService;
import org.leasekeeper.lease.Utilization;
import org.leasekeeper.subnet.SubnetService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pool counts from the lease service, one query for all subnets, labelled with the subnets' CIDRs from the
 * subnet service's in-memory snapshot. The read runs in a short read-only transaction with a lock timeout, so the metrics refresh gives way to anything
 * that locks the lease tables (a migration, a TRUNCATE) instead of waiting for it or deadlocking with it;
 * the gauges then keep their last values until the next refresh.
 */
final class ServicePoolCounts implements PoolCounts {

    private static final String LOCK_TIMEOUT = "set local lock_timeout = '200ms'";

    private final SubnetService subnets;
    private final LeaseService leases;
    private final TransactionTemplate readOnly;
    private final JdbcClient jdbc;

    ServicePoolCounts(SubnetService subnets, LeaseService leases, TransactionTemplate readOnly, JdbcClient jdbc) {
        this.subnets = subnets;
        this.leases = leases;
        this.readOnly = readOnly;
        this.jdbc = jdbc;
    }

    @Override
    public List<SubnetCounts> all() {
        List<SubnetCounts> result = new ArrayList<>();
        for (Utilization counts : inShortTransaction(leases::utilizations)) {
            // a subnet created or deleted since the snapshot's last refresh shows at the next one
            subnets.find(counts.subnetId())
                    .ifPresent(subnet -> result.add(new SubnetCounts(subnet.cidr().toString(), counts)));
        }
        return result;
    }

    private <T> T inShortTransaction(Supplier<T> read) {
        T value = readOnly.execute(status -> {
            jdbc.sql(LOCK_TIMEOUT).update();
            return read.get();
        });
        if (value == null) {
            throw new IllegalStateException("no result");
        }
        return value;
    }
}
