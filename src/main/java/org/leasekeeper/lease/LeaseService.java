package org.leasekeeper.lease;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;

/**
 * The only place lease rules live. The HTTP API, the DHCP adapter and the reclaim job all call these
 * methods; each runs in one short transaction with a small, constant number of SQL statements.
 *
 * <p>CONTRACT DRAFT: signatures agreed between features; bodies are implemented in the lease feature.
 */
public interface LeaseService {

    /**
     * DHCPDISCOVER: holds an address for the client for {@code hold} (state OFFERED) and returns it. A client
     * that already holds an OFFERED or BOUND lease in the subnet gets that lease back unchanged (a repeated
     * DISCOVER gets the same offer). Chooses: the client's reservation; else its requested address when free;
     * else its previous address when still free; else the address free the longest.
     *
     * @throws PoolExhausted when no address is free
     * @throws org.leasekeeper.subnet.SubnetNotFound when the subnet does not exist
     */
    Lease offer(LeaseRequest request, Duration hold);

    /**
     * DHCPREQUEST in SELECTING or INIT-REBOOT state: binds {@code request.requestedAddress()} to the client
     * (state BOUND) when it is offered to or bound to this client, or free and not reserved for another.
     *
     * @throws AddressInUse when the address belongs to another client (the DHCP adapter answers DHCPNAK)
     * @throws LeaseNotActive when the address is DECLINED
     */
    Lease bind(LeaseRequest request);

    /**
     * {@code POST /api/v1/leases}: the client's existing BOUND lease in the subnet ({@code created = false}),
     * or a new BOUND lease chosen like {@link #offer} ({@code created = true}).
     *
     * @throws AddressInUse when {@code requestedAddress} is taken by another client
     * @throws PoolExhausted when no address is free
     */
    Allocation allocate(LeaseRequest request);

    /**
     * Extends the client's BOUND lease to now + lease time (DHCPREQUEST in RENEWING / REBINDING state, or the API).
     * A lease past its expiry that the reclaim job has not yet reclaimed is still renewed.
     *
     * @throws LeaseNotFound   when the address was never leased
     * @throws NotLeaseOwner   when the lease belongs to another client
     * @throws LeaseNotActive  when the lease is RELEASED, EXPIRED, DECLINED (or only OFFERED)
     */
    Lease renew(Ipv4Address address, ClientIdentity client, @org.jspecify.annotations.Nullable Duration leaseTime,
            Source source);

    /**
     * Ends the client's lease now (state RELEASED); the address is free at once. Releasing a lease that is
     * already RELEASED changes nothing and returns it.
     *
     * @throws LeaseNotFound  when the address was never leased
     * @throws NotLeaseOwner  when the lease belongs to another client
     */
    Lease release(Ipv4Address address, ClientIdentity client, Source source);

    /**
     * DHCPDECLINE: the client found the address in use; it is quarantined (state DECLINED) for the decline
     * probation period, after which the reclaim job frees it.
     *
     * @throws LeaseNotFound when the address was never leased
     * @throws NotLeaseOwner when the lease belongs to another client
     */
    Lease decline(Ipv4Address address, ClientIdentity client, Source source);

    /**
     * DHCPREQUEST naming another server, or an offer the client gave up: frees the client's OFFERED lease
     * in the subnet, if any. BOUND leases are left alone.
     */
    void cancelOffer(long subnetId, ClientIdentity client, Source source);

    /** An operator ends the lease now (state EXPIRED; the address is free). @throws LeaseNotFound */
    Lease expire(Ipv4Address address, Source source);

    /**
     * One reclaim batch: up to {@code batchSize} leases past their end (BOUND past expiry, OFFERED past their
     * hold, DECLINED past probation) become EXPIRED, each with one history row. Safe when several instances
     * run it at once. Returns how many it reclaimed; the caller loops while it returns {@code batchSize}.
     */
    int reclaimBatch(int batchSize);

    /** The address's latest lease, in any state. */
    Optional<Lease> find(Ipv4Address address);

    /** The client's most recent lease in the subnet, in any state (DHCP INIT-REBOOT: do we know this client?). */
    Optional<Lease> findLatestForClient(long subnetId, ClientIdentity client);

    /** Leases matching the query, ordered by address, at most {@code query.limit()}. */
    List<Lease> list(LeaseQuery query);

    /** The address's history, newest first. @throws LeaseNotFound when the address was never leased */
    List<LeaseHistoryEntry> history(Ipv4Address address);

    /** Counts of the subnet's pool addresses by state. @throws org.leasekeeper.subnet.SubnetNotFound */
    Utilization utilization(long subnetId);
}
