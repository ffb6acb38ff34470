package org.leasekeeper.subnet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;

/**
 * An immutable in-memory picture of every subnet and reservation, indexed for the DHCP hot path: each lookup is
 * a hash probe or a tree search, never a query.
 */
final class SubnetSnapshot {

    static final SubnetSnapshot EMPTY = new SubnetSnapshot(List.of(), List.of());

    private final Map<Long, Subnet> byId = new HashMap<>();
    /** Subnets never overlap (a database constraint), so the greatest network at or below an address is the only candidate. */
    private final NavigableMap<Ipv4Address, Subnet> byNetwork = new TreeMap<>();
    private final Map<Ipv4Address, Subnet> byRelay = new HashMap<>();
    private final Map<Long, List<Reservation>> reservationsBySubnet = new HashMap<>();

    SubnetSnapshot(Collection<Subnet> subnets, Collection<Reservation> reservations) {
        for (Subnet subnet : subnets) {
            byId.put(subnet.id(), subnet);
            byNetwork.put(subnet.cidr().network(), subnet);
            subnet.relayAddresses().forEach(relay -> byRelay.putIfAbsent(relay, subnet));
        }
        for (Reservation reservation : reservations) {
            reservationsBySubnet.computeIfAbsent(reservation.subnetId(), id -> new ArrayList<>()).add(reservation);
        }
    }

    Optional<Subnet> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Subnet> findContaining(Ipv4Address address) {
        Map.Entry<Ipv4Address, Subnet> candidate = byNetwork.floorEntry(address);
        return candidate != null && candidate.getValue().cidr().contains(address)
                ? Optional.of(candidate.getValue())
                : Optional.empty();
    }

    /** A subnet whose CIDR contains the relay address wins over one that lists it in {@code relayAddresses}. */
    Optional<Subnet> findForRelay(Ipv4Address giaddr) {
        return findContaining(giaddr).or(() -> Optional.ofNullable(byRelay.get(giaddr)));
    }

    /** The client's reservation in the subnet; one matching its client identifier wins over one matching its hardware address. */
    Optional<Reservation> findReservation(long subnetId, ClientIdentity client) {
        List<Reservation> reservations = reservationsBySubnet.getOrDefault(subnetId, List.of());
        if (client.clientId() != null) {
            for (Reservation reservation : reservations) {
                if (client.clientId().equals(reservation.clientId())) {
                    return Optional.of(reservation);
                }
            }
        }
        return reservations.stream().filter(r -> r.isFor(client)).findFirst();
    }

    int size() {
        return byId.size();
    }
}
