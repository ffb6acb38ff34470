package org.leasekeeper.subnet;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.AddressRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds the {@link SubnetSnapshot} the hot-path lookups read. It is reloaded from the database after every
 * local change commits ({@link #refreshAfterCommit}) and every {@code leasekeeper.subnet.refresh-interval}
 * (default 5 s), so changes another instance writes to the same database show within that interval.
 * When a reload fails (database unreachable) the previous snapshot stays in use.
 */
@Component
class SubnetCache {

    private static final Logger log = LoggerFactory.getLogger(SubnetCache.class);

    private final SubnetRepository subnets;
    private final PoolRepository pools;
    private final ReservationRepository reservations;
    private final TransactionTemplate readOnlyNewTransaction;
    private volatile @Nullable SubnetSnapshot snapshot;

    SubnetCache(SubnetRepository subnets, PoolRepository pools, ReservationRepository reservations,
            PlatformTransactionManager transactionManager) {
        this.subnets = subnets;
        this.pools = pools;
        this.reservations = reservations;
        this.readOnlyNewTransaction = new TransactionTemplate(transactionManager);
        this.readOnlyNewTransaction.setReadOnly(true);
        this.readOnlyNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The current snapshot; the first call loads it. */
    SubnetSnapshot snapshot() {
        SubnetSnapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = load();
                    snapshot = current;
                }
            }
        }
        return current;
    }

    /** Registers a reload for when the current transaction commits (at once when none is active). */
    void refreshAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                refresh();
            }
        });
    }

    @Scheduled(fixedDelayString = "${leasekeeper.subnet.refresh-interval:5s}",
            initialDelayString = "${leasekeeper.subnet.refresh-interval:5s}")
    void refresh() {
        try {
            snapshot = load();
        } catch (DataAccessException | org.springframework.transaction.TransactionException e) {
            log.warn("Could not reload subnets and reservations, keeping the previous snapshot: {}", e.getMessage());
        }
    }

    private SubnetSnapshot load() {
        // Reads the tables in the order "truncate reservation, pool, subnet" locks them, so a concurrent
        // truncate (tests clean up that way) waits for the reload instead of deadlocking with it.
        SubnetSnapshot loaded = readOnlyNewTransaction.execute(status -> {
            List<Reservation> allReservations = reservations.findAllByOrderById().stream()
                    .map(ReservationEntity::toReservation)
                    .toList();
            Map<Long, List<AddressRange>> poolsBySubnet = pools.findAllByOrderById().stream()
                    .collect(Collectors.groupingBy(PoolEntity::subnetId,
                            Collectors.mapping(PoolEntity::toRange, Collectors.toList())));
            List<Subnet> all = subnets.findAllByOrderById().stream()
                    .map(s -> s.toSubnet(poolsBySubnet.getOrDefault(s.id(), List.of())))
                    .toList();
            return new SubnetSnapshot(all, allReservations);
        });
        return loaded == null ? SubnetSnapshot.EMPTY : loaded;
    }
}
