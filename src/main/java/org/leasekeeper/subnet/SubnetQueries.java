package org.leasekeeper.subnet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.AddressRange;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The database reads of {@link SubnetService}, inside its transactions. Each touches the tables in the order
 * reservation, pool, subnet (the order in which {@code truncate reservation, pool, subnet} locks them), so a
 * reader never deadlocks with a TRUNCATE, such as the test suites' clean-up, while it runs in the background.
 */
@Component
class SubnetQueries {

    private final SubnetRepository subnets;
    private final PoolRepository pools;
    private final ReservationRepository reservations;

    SubnetQueries(SubnetRepository subnets, PoolRepository pools, ReservationRepository reservations) {
        this.subnets = subnets;
        this.pools = pools;
        this.reservations = reservations;
    }

    Optional<Subnet> subnet(long id) {
        List<AddressRange> ranges = pools.findBySubnetIdInOrderById(List.of(id)).stream().map(PoolEntity::toRange).toList();
        return subnets.findById(id).map(s -> s.toSubnet(ranges));
    }

    /** Run in a REPEATABLE READ transaction, so that the pools and the subnets come from one snapshot. */
    List<Subnet> page(@Nullable Long afterId, int limit) {
        long after = afterId == null ? 0 : afterId;
        Map<Long, List<AddressRange>> poolsBySubnet = pools.findForSubnetPage(after, limit).stream()
                .collect(Collectors.groupingBy(PoolEntity::subnetId,
                        Collectors.mapping(PoolEntity::toRange, Collectors.toList())));
        return subnets.findByIdGreaterThanOrderById(after, Limit.of(limit)).stream()
                .map(s -> s.toSubnet(poolsBySubnet.getOrDefault(s.id(), List.of())))
                .toList();
    }

    /** @throws SubnetNotFound */
    List<Reservation> reservations(long subnetId, @Nullable Long afterId, int limit) {
        List<Reservation> page = reservations.findBySubnetIdAndIdGreaterThanOrderById(subnetId,
                afterId == null ? 0 : afterId, Limit.of(limit)).stream().map(ReservationEntity::toReservation).toList();
        if (page.isEmpty() && !subnets.existsById(subnetId)) {
            throw SubnetNotFound.forId(subnetId);
        }
        return page;
    }
}
