package org.leasekeeper.subnet;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subnets, their pools and reservations.
 *
 * <p>The lookups on the DHCP hot path ({@link #find}, {@link #findForRelay}, {@link #findContaining},
 * {@link #findReservation}) are answered from an in-memory snapshot of all subnets and reservations and cost no
 * query and no transaction. The snapshot is reloaded after every change made through this service commits,
 * and every {@code leasekeeper.subnet.refresh-interval} (default 5 s) so that changes written by other
 * instances on the same database show within that interval. {@link #list} and {@link #reservations} read the
 * database.
 *
 * <p>Every change runs in one transaction and publishes its event ({@link SubnetPoolsChanged},
 * {@link SubnetDeleting}, {@link AddressReserving}) inside it, so a listener that throws rolls the change back.
 */
@Service
@Transactional
public class SubnetService {

    private final SubnetRepository subnets;
    private final ReservationRepository reservationRows;
    private final SubnetStore store;
    private final SubnetQueries queries;
    private final SubnetCache cache;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubnetService(SubnetRepository subnets, ReservationRepository reservationRows,
            SubnetStore store, SubnetQueries queries, SubnetCache cache, ApplicationEventPublisher events, Clock clock) {
        this.subnets = subnets;
        this.reservationRows = reservationRows;
        this.store = store;
        this.queries = queries;
        this.cache = cache;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a subnet; publishes {@link SubnetPoolsChanged} in the same transaction.
     *
     * @throws SubnetOverlap when the CIDR overlaps another subnet
     * @throws InvalidSubnet when pools lie outside the CIDR, overlap, hold more than 1,048,576 addresses
     *         (each gets a lease row), include the network or broadcast address, when T1 >= T2 >= lease time,
     *         or when a relay address already selects another subnet
     */
    public Subnet create(SubnetDefinition definition) {
        SubnetDefinition resolved = SubnetRules.resolve(definition);
        Subnet subnet = store.save(new SubnetEntity(resolved, clock.instant()), resolved, false);
        events.publishEvent(new SubnetPoolsChanged(subnet));
        cache.refreshAfterCommit();
        return subnet;
    }

    /** Replaces a subnet; publishes {@link SubnetPoolsChanged}. @throws SubnetNotFound, SubnetOverlap, InvalidSubnet, SubnetHasLeases */
    public Subnet replace(long id, SubnetDefinition definition) {
        SubnetEntity entity = subnets.findLocked(id).orElseThrow(() -> SubnetNotFound.forId(id));
        SubnetDefinition resolved = SubnetRules.resolve(definition);
        List<InvalidSubnet.FieldError> stranded = reservationRows.findBySubnetIdOrderById(id).stream()
                .map(ReservationEntity::toReservation)
                .filter(r -> !resolved.cidr().isAssignable(r.ipAddress()))
                .map(r -> new InvalidSubnet.FieldError("cidr", "reservation " + r.id() + " of " + r.ipAddress()
                        + " would lie outside " + resolved.cidr() + "; delete it first"))
                .toList();
        if (!stranded.isEmpty()) {
            throw new InvalidSubnet(stranded);
        }
        entity.redefine(resolved, clock.instant());
        Subnet subnet = store.save(entity, resolved, true);
        events.publishEvent(new SubnetPoolsChanged(subnet));
        cache.refreshAfterCommit();
        return subnet;
    }

    /** Deletes a subnet with its pools, reservations and lease rows; publishes {@link SubnetDeleting}. @throws SubnetNotFound, SubnetHasLeases */
    public void delete(long id) {
        SubnetEntity entity = subnets.findLocked(id).orElseThrow(() -> SubnetNotFound.forId(id));
        events.publishEvent(new SubnetDeleting(id));
        subnets.delete(entity);
        subnets.flush();
        cache.refreshAfterCommit();
    }

    /**
     * The subnet, from the snapshot. An id the snapshot does not know (a subnet another instance created
     * moments ago, or one created in the caller's own transaction) is looked up in the database.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Subnet> find(long id) {
        return cache.snapshot().find(id).or(() -> queries.subnet(id));
    }

    /** The subnet as the database has it now (the API reads this; the DHCP path uses {@link #find}). @throws SubnetNotFound */
    @Transactional(readOnly = true)
    public Subnet get(long id) {
        return queries.subnet(id).orElseThrow(() -> SubnetNotFound.forId(id));
    }

    /** Subnets ordered by id, after the given id (keyset pagination), at most {@code limit}. Reads the database. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Subnet> list(@Nullable Long afterId, int limit) {
        return queries.page(afterId, limit);
    }

    /**
     * The subnet a relay agent address (giaddr) selects: one whose CIDR contains it or, failing that, one
     * whose relayAddresses list it. From the snapshot.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Subnet> findForRelay(Ipv4Address giaddr) {
        return cache.snapshot().findForRelay(giaddr);
    }

    /** The subnet whose CIDR contains the address (DHCP option 118, the interface address, ciaddr). From the snapshot. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Subnet> findContaining(Ipv4Address address) {
        return cache.snapshot().findContaining(address);
    }

    /**
     * Reserves an address for a client. Publishes {@link AddressReserving} after the reservation row is
     * written, in the same transaction.
     *
     * @throws SubnetNotFound, InvalidSubnet (address outside the subnet, or its network/broadcast address)
     * @throws org.leasekeeper.lease.AddressInUse is NOT thrown here: the subnet feature throws
     *         {@link ReservationConflict} when the address or the client already has a reservation, and the
     *         lease feature refuses (AddressInUse) when another client holds an active lease on it.
     */
    public Reservation reserve(long subnetId, ClientIdentity client, Ipv4Address address, @Nullable String hostname) {
        // Locked like replace() locks it, so a concurrent shrink of the CIDR cannot strand the new reservation.
        SubnetEntity subnet = subnets.findLocked(subnetId).orElseThrow(() -> SubnetNotFound.forId(subnetId));
        SubnetRules.checkReservable(subnet.cidr(), address);
        for (ReservationEntity row : reservationRows.findBySubnetIdOrderById(subnetId)) {
            Reservation existing = row.toReservation();
            if (existing.ipAddress().equals(address)) {
                throw new ReservationConflict(address + " is already reserved (reservation " + existing.id() + ")");
            }
            boolean sameHw = client.hwAddress() != null && client.hwAddress().equals(existing.hwAddress());
            boolean sameId = client.clientId() != null && client.clientId().equals(existing.clientId());
            if (sameHw || sameId) {
                throw new ReservationConflict("the client already has reservation " + existing.id() + " of "
                        + existing.ipAddress() + " in subnet " + subnetId);
            }
        }
        Reservation reservation;
        try {
            reservation = reservationRows.saveAndFlush(
                    new ReservationEntity(subnetId, client, address, hostname, clock.instant())).toReservation();
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, "reservation_one_per_address") || Constraints.violated(e, "reservation_one_per_hw_address")
                    || Constraints.violated(e, "reservation_one_per_client_id")) {
                throw new ReservationConflict(address + " or the client was reserved concurrently", e);
            }
            throw e;
        }
        events.publishEvent(new AddressReserving(subnetId, client, address));
        cache.refreshAfterCommit();
        return reservation;
    }

    /** @throws ReservationNotFound */
    public void unreserve(long reservationId) {
        ReservationEntity row = reservationRows.findById(reservationId)
                .orElseThrow(() -> ReservationNotFound.forId(reservationId));
        reservationRows.delete(row);
        reservationRows.flush();
        cache.refreshAfterCommit();
    }

    /** The subnet's reservations ordered by id. Reads the database. @throws SubnetNotFound */
    @Transactional(readOnly = true)
    public List<Reservation> reservations(long subnetId) {
        return queries.reservations(subnetId, null, Integer.MAX_VALUE);
    }

    /** The subnet's reservations ordered by id, after the given id (keyset pagination), at most {@code limit}. @throws SubnetNotFound */
    @Transactional(readOnly = true)
    public List<Reservation> reservations(long subnetId, @Nullable Long afterId, int limit) {
        return queries.reservations(subnetId, afterId, limit);
    }

    /** @throws ReservationNotFound */
    @Transactional(readOnly = true)
    public Reservation reservation(long reservationId) {
        return reservationRows.findById(reservationId).map(ReservationEntity::toReservation)
                .orElseThrow(() -> ReservationNotFound.forId(reservationId));
    }

    /** The client's reservation in the subnet, if it has one. From the snapshot. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Reservation> findReservation(long subnetId, ClientIdentity client) {
        return cache.snapshot().findReservation(subnetId, client);
    }
}
