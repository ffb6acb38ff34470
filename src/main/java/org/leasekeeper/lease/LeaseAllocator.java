package org.leasekeeper.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.SubnetNotFound;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The allocation rules behind {@link LeaseService#offer}, {@link LeaseService#bind} and
 * {@link LeaseService#allocate}; runs inside the service's transaction. Lock order, the same on every path:
 * the client's active lease, then the address to give. The subnet row is not locked: a pool change or a delete
 * locks the lease rows it affects instead (see {@link PoolProvisioner}).
 */
@Component
class LeaseAllocator {

    private static final int MAX_CLAIMS = 3;

    private final LeaseStore store;
    private final AddressPicker picker;
    private final SubnetTerms terms;
    private final Clock clock;

    LeaseAllocator(LeaseStore store, AddressPicker picker, SubnetTerms terms, Clock clock) {
        this.store = store;
        this.picker = picker;
        this.terms = terms;
        this.clock = clock;
    }

    Lease offer(LeaseRequest request, Duration hold) {
        LeaseService.requirePositive(hold, "hold");
        Instant now = clock.instant();
        terms.defaultLeaseTime(request.subnetId());
        Optional<LeaseRow> own = store.lockActive(request.subnetId(), request.client());
        if (own.isEmpty()) {
            LeaseRow free = picker.pick(request, now, false).orElseThrow(() -> PoolExhausted.inSubnet(request.subnetId()));
            own = claim(free.assignedTo(request.client(), request.hostname(), LeaseState.OFFERED, now, now.plus(hold)),
                    LeaseEvent.OFFERED, request.source());
        }
        return own.orElseThrow(LeaseAllocator::raceLost).toLease();
    }

    Lease bind(LeaseRequest request) {
        Ipv4Address wanted = request.requestedAddress();
        if (wanted == null) {
            return allocate(request).lease();
        }
        Instant now = clock.instant();
        Duration leaseTime = LeaseService.leaseTime(request.leaseTime(), terms.defaultLeaseTime(request.subnetId()));
        Optional<LeaseRow> own = store.lockActive(request.subnetId(), request.client());
        if (own.isPresent() && own.get().ip().equals(wanted)) {
            return bindOwn(own.get(), request, now, leaseTime);
        }
        Optional<LeaseRow> reserved = picker.lockReservation(request.subnetId(), request.client(), now);
        boolean reservedForClient = reserved.filter(row -> row.ip().equals(wanted)).isPresent();
        LeaseRow target = reservedForClient ? reserved.get()
                : store.lockUnlessBusy(wanted).orElseThrow(() -> AddressInUse.notLeasable(wanted, request.subnetId()));
        if (target.subnetId() != request.subnetId()) {
            throw AddressInUse.notLeasable(wanted, request.subnetId());
        }
        if (target.state() == LeaseState.DECLINED) {
            throw LeaseNotActive.declined(wanted);
        }
        if (!target.isFree()) {
            throw AddressInUse.forAddress(wanted);
        }
        if (!reservedForClient && target.reserved()) {
            throw AddressInUse.reservedForAnother(wanted);
        }
        if (!reservedForClient && !target.inPool()) {
            throw AddressInUse.notLeasable(wanted, request.subnetId());
        }
        own.ifPresent(previous -> store.write(previous.moved(LeaseState.RELEASED, now, now), LeaseEvent.RELEASED,
                request.source()));
        return claim(target.assignedTo(request.client(), request.hostname(), LeaseState.BOUND, now, now.plus(leaseTime)),
                LeaseEvent.BOUND, request.source())
                .filter(row -> row.ip().equals(wanted))
                .orElseThrow(() -> AddressInUse.forAddress(wanted))
                .toLease();
    }

    Allocation allocate(LeaseRequest request) {
        Instant now = clock.instant();
        Duration leaseTime = LeaseService.leaseTime(request.leaseTime(), terms.defaultLeaseTime(request.subnetId()));
        Optional<LeaseRow> own = store.lockActive(request.subnetId(), request.client());
        if (own.isEmpty()) {
            LeaseRow free = picker.pick(request, now, true).orElseThrow(() -> PoolExhausted.inSubnet(request.subnetId()));
            Optional<LeaseRow> claimed = claim(
                    free.assignedTo(request.client(), request.hostname(), LeaseState.BOUND, now, now.plus(leaseTime)),
                    LeaseEvent.BOUND, request.source());
            if (claimed.isPresent() && claimed.get().ip().equals(free.ip())) {
                return new Allocation(claimed.get().toLease(), true);
            }
            own = claimed;
        }
        LeaseRow existing = own.orElseThrow(LeaseAllocator::raceLost);
        if (existing.state() == LeaseState.BOUND) {
            return new Allocation(existing.toLease(), false);
        }
        return new Allocation(bindOwn(existing, request, now, leaseTime), true);
    }

    /** The client's own OFFERED lease becomes BOUND; its BOUND lease is extended (INIT-REBOOT, API retry). */
    private Lease bindOwn(LeaseRow own, LeaseRequest request, Instant now, Duration leaseTime) {
        LeaseRow next = own.moved(LeaseState.BOUND, now.plus(leaseTime), now).withHostname(request.hostname());
        if (own.state() == LeaseState.OFFERED) {
            return store.write(next.startedAt(now), LeaseEvent.BOUND, request.source()).toLease();
        }
        return store.write(next, LeaseEvent.RENEWED, request.source()).toLease();
    }

    /**
     * Writes a new lease of a free address inside a savepoint. When a concurrent request of the same client won
     * the race (unique index {@code lease_one_active_per_client_idx}), only the savepoint is rolled back and the
     * winner's lease is returned instead.
     */
    private Optional<LeaseRow> claim(LeaseRow next, LeaseEvent event, Source source) {
        for (int attempt = 1; ; attempt++) {
            store.savepoint();
            try {
                LeaseRow written = store.write(next, event, source);
                store.releaseSavepoint();
                return Optional.of(written);
            } catch (DuplicateKeyException e) {
                if (!LeaseStore.isClientAlreadyActive(e)) {
                    throw e;
                }
                store.rollbackToSavepoint();
                Optional<LeaseRow> winner = store.lockActive(next.subnetId(), clientOf(next));
                // The winner's lease may have ended meanwhile; the address is still locked by us: try again.
                if (winner.isPresent() || attempt == MAX_CLAIMS) {
                    return winner;
                }
            }
        }
    }

    private static ConcurrencyFailureException raceLost() {
        return new ConcurrencyFailureException("concurrent requests of the same client kept changing its lease; retry");
    }

    private static ClientIdentity clientOf(LeaseRow row) {
        return new ClientIdentity(row.hwAddress(), row.clientId());
    }

}
