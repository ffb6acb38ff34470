package org.leasekeeper.subnet;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;

/**
 * Subnets, their pools and reservations. CONTRACT DRAFT: signatures agreed between features; the subnet
 * feature implements them. Lookups used on the DHCP hot path ({@link #find}, {@link #findForRelay},
 * {@link #findContaining}) are served from memory and must not cost a query per packet.
 */
public interface SubnetService {

    /**
     * Creates a subnet; publishes {@link SubnetPoolsChanged} in the same transaction.
     *
     * @throws SubnetOverlap when the CIDR overlaps another subnet
     * @throws InvalidSubnet when pools lie outside the CIDR, overlap, or T1 >= T2 >= lease time
     */
    Subnet create(SubnetDefinition definition);

    /** Replaces a subnet; publishes {@link SubnetPoolsChanged}. @throws SubnetNotFound, SubnetOverlap, InvalidSubnet, SubnetHasLeases */
    Subnet replace(long id, SubnetDefinition definition);

    /** Deletes a subnet with its pools, reservations and lease rows; publishes {@link SubnetDeleting}. @throws SubnetNotFound, SubnetHasLeases */
    void delete(long id);

    Optional<Subnet> find(long id);

    /** Subnets ordered by id, after the given id (keyset pagination), at most {@code limit}. */
    List<Subnet> list(@Nullable Long afterId, int limit);

    /** The subnet a relay agent address (giaddr) selects: one whose CIDR contains it or whose relayAddresses list it. */
    Optional<Subnet> findForRelay(Ipv4Address giaddr);

    /** The subnet whose CIDR contains the address (DHCP option 118, the interface address, ciaddr). */
    Optional<Subnet> findContaining(Ipv4Address address);

    /**
     * Reserves an address for a client.
     *
     * @throws SubnetNotFound, InvalidSubnet (address outside the subnet, or its network/broadcast address)
     * @throws org.leasekeeper.lease.AddressInUse is NOT thrown here: the subnet feature throws
     *         {@link ReservationConflict} when the address or the client already has a reservation, and the
     *         lease feature refuses (AddressInUse) when another client holds an active lease on it.
     */
    Reservation reserve(long subnetId, ClientIdentity client, Ipv4Address address, @Nullable String hostname);

    /** @throws ReservationNotFound */
    void unreserve(long reservationId);

    /** @throws SubnetNotFound */
    List<Reservation> reservations(long subnetId);

    /** The client's reservation in the subnet, if it has one. */
    Optional<Reservation> findReservation(long subnetId, ClientIdentity client);
}
