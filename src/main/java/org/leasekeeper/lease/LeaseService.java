package org.leasekeeper.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.SubnetNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only place lease rules live. The HTTP API, the DHCP adapter and the reclaim job all call these
 * methods; each runs in one short transaction with a small, constant number of SQL statements. The allocating
 * calls ({@link #offer}, {@link #bind}, {@link #allocate}) take their transaction from {@link ClientRaceRetry},
 * which runs the call once more when a concurrent request of the same client wrote its lease first; the others
 * are {@code @Transactional}.
 */
@Service
public class LeaseService {

    private final LeaseAllocator allocator;
    private final ClientRaceRetry race;
    private final LeaseStore store;
    private final LeaseQueries queries;
    private final SubnetTerms terms;
    private final Clock clock;
    private final LeaseProperties properties;

    LeaseService(LeaseAllocator allocator, ClientRaceRetry race, LeaseStore store, LeaseQueries queries, SubnetTerms terms, Clock clock,
            LeaseProperties properties) {
        this.allocator = allocator;
        this.race = race;
        this.store = store;
        this.queries = queries;
        this.terms = terms;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * DHCPDISCOVER: holds an address for the client for {@code hold} (state OFFERED) and returns it. A client
     * that already holds an OFFERED or BOUND lease in the subnet gets that lease back unchanged (a repeated
     * DISCOVER gets the same offer). Chooses: the client's reservation; else its requested address when free;
     * else its previous address when still free; else the address free the longest.
     *
     * @throws PoolExhausted when no address is free
     * @throws org.leasekeeper.subnet.SubnetNotFound when the subnet does not exist
     */
    public Lease offer(LeaseRequest request, Duration hold) {
        return race.run(mode -> allocator.offer(request, hold, mode));
    }

    /**
     * DHCPREQUEST in SELECTING or INIT-REBOOT state: binds {@code request.requestedAddress()} to the client
     * (state BOUND) when it is offered to or bound to this client, or free and not reserved for another.
     *
     * @throws AddressInUse when the address belongs to another client (the DHCP adapter answers DHCPNAK)
     * @throws LeaseNotActive when the address is DECLINED
     */
    public Lease bind(LeaseRequest request) {
        return race.run(mode -> allocator.bind(request, mode));
    }

    /**
     * {@code POST /api/v1/leases}: the client's existing BOUND lease in the subnet ({@code created = false}),
     * or a new BOUND lease chosen like {@link #offer} ({@code created = true}).
     *
     * @throws AddressInUse when {@code requestedAddress} is taken by another client
     * @throws PoolExhausted when no address is free
     */
    public Allocation allocate(LeaseRequest request) {
        return race.run(mode -> allocator.allocate(request, mode));
    }

    /**
     * Extends the client's BOUND lease to now + lease time (DHCPREQUEST in RENEWING / REBINDING state, or the API).
     * A lease past its expiry that the reclaim job has not yet reclaimed is still renewed.
     *
     * @throws LeaseNotFound   when the address was never leased
     * @throws NotLeaseOwner   when the lease belongs to another client
     * @throws LeaseNotActive  when the lease is RELEASED, EXPIRED, DECLINED (or only OFFERED)
     */
    @Transactional
    public Lease renew(Ipv4Address address, ClientIdentity client, @Nullable Duration leaseTime, Source source) {
        Instant now = clock.instant();
        LeaseRow row = lockOwned(address, client);
        if (row.state() != LeaseState.BOUND) {
            throw LeaseNotActive.forLease(address, Objects.requireNonNull(row.state()));
        }
        Duration time = leaseTime(leaseTime, terms.defaultLeaseTime(row.subnetId()));
        return store.write(row.moved(LeaseState.BOUND, now.plus(time), now), LeaseEvent.RENEWED, source).toLease();
    }

    /**
     * Ends the client's lease now (state RELEASED); the address is free at once. Releasing a lease that is
     * already RELEASED changes nothing and returns it.
     *
     * @throws LeaseNotFound  when the address was never leased
     * @throws NotLeaseOwner  when the lease belongs to another client
     */
    @Transactional
    public Lease release(Ipv4Address address, ClientIdentity client, Source source) {
        Instant now = clock.instant();
        LeaseRow row = lockOwned(address, client);
        if (!row.isActive()) {
            return row.toLease();
        }
        return store.write(row.moved(LeaseState.RELEASED, now, now), LeaseEvent.RELEASED, source).toLease();
    }

    /**
     * DHCPDECLINE: the client found the address in use; it is quarantined (state DECLINED) for the decline
     * probation period, after which the reclaim job frees it.
     *
     * @throws LeaseNotFound when the address was never leased
     * @throws NotLeaseOwner when the lease belongs to another client
     */
    @Transactional
    public Lease decline(Ipv4Address address, ClientIdentity client, Source source) {
        Instant now = clock.instant();
        LeaseRow row = lockOwned(address, client);
        if (row.state() == LeaseState.DECLINED) {
            return row.toLease();
        }
        LeaseRow declined = row.moved(LeaseState.DECLINED, now.plus(properties.declineProbation()), now);
        return store.write(declined, LeaseEvent.DECLINED, source).toLease();
    }

    /**
     * DHCPREQUEST naming another server, or an offer the client gave up: frees the client's OFFERED lease
     * in the subnet, if any. BOUND leases are left alone.
     */
    @Transactional
    public void cancelOffer(long subnetId, ClientIdentity client, Source source) {
        Instant now = clock.instant();
        store.lockActive(subnetId, client)
                .filter(row -> row.state() == LeaseState.OFFERED)
                .ifPresent(row -> store.write(row.moved(LeaseState.RELEASED, now, now), LeaseEvent.RELEASED, source));
    }

    /** An operator ends the lease now (state EXPIRED; the address is free). @throws LeaseNotFound */
    @Transactional
    public Lease expire(Ipv4Address address, Source source) {
        Instant now = clock.instant();
        LeaseRow row = store.lock(address).filter(r -> r.state() != null)
                .orElseThrow(() -> LeaseNotFound.forAddress(address));
        if (row.isFree()) {
            return row.toLease();
        }
        Instant end = row.expiresOr(now).isBefore(now) ? row.expiresOr(now) : now;
        return store.write(row.moved(LeaseState.EXPIRED, end, now), LeaseEvent.EXPIRED, source).toLease();
    }

    /**
     * One reclaim batch: up to {@code batchSize} leases past their end (BOUND past expiry, OFFERED past their
     * hold, DECLINED past probation) become EXPIRED, each with one history row. Safe when several instances
     * run it at once. Returns how many it reclaimed; the caller loops while it returns {@code batchSize}.
     */
    @Transactional
    public int reclaimBatch(int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive, not " + batchSize);
        }
        return store.reclaim(batchSize, clock.instant());
    }

    /** The address's latest lease, in any state. */
    @Transactional(readOnly = true)
    public Optional<Lease> find(Ipv4Address address) {
        return queries.find(address);
    }

    /** The client's most recent lease in the subnet, in any state (DHCP INIT-REBOOT: do we know this client?). */
    @Transactional(readOnly = true)
    public Optional<Lease> findLatestForClient(long subnetId, ClientIdentity client) {
        return queries.findLatestForClient(subnetId, client);
    }

    /** Leases matching the query, ordered by address, at most {@code query.limit()}. */
    @Transactional(readOnly = true)
    public List<Lease> list(LeaseQuery query) {
        return queries.list(query);
    }

    /** The address's history, newest first. @throws LeaseNotFound when the address was never leased */
    @Transactional(readOnly = true)
    public List<LeaseHistoryEntry> history(Ipv4Address address) {
        List<LeaseHistoryEntry> entries = queries.history(address);
        if (entries.isEmpty()) {
            throw LeaseNotFound.forAddress(address);
        }
        return entries;
    }

    /** Counts of the subnet's pool addresses by state. @throws org.leasekeeper.subnet.SubnetNotFound */
    @Transactional(readOnly = true)
    public Utilization utilization(long subnetId) {
        return queries.utilization(subnetId).orElseThrow(() -> SubnetNotFound.forId(subnetId));
    }

    /** Counts of every subnet's pool addresses by state, ordered by subnet id: one query for all subnets. */
    @Transactional(readOnly = true)
    public List<Utilization> utilizations() {
        return queries.utilizations();
    }


    private LeaseRow lockOwned(Ipv4Address address, ClientIdentity client) {
        LeaseRow row = store.lock(address).filter(r -> r.state() != null)
                .orElseThrow(() -> LeaseNotFound.forAddress(address));
        if (!row.ownedBy(client)) {
            throw NotLeaseOwner.forAddress(address);
        }
        return row;
    }


    static Duration leaseTime(@Nullable Duration requested, Duration subnetDefault) {
        if (requested == null) {
            return subnetDefault;
        }
        requirePositive(requested, "lease time");
        return requested;
    }

    static void requirePositive(Duration duration, String what) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, not " + duration);
        }
    }
}
