package org.leasekeeper.lease;

import java.time.Duration;
import java.util.Optional;

import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.Reservation;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetNotFound;
import org.leasekeeper.subnet.SubnetService;
import org.springframework.stereotype.Component;

/**
 * What the lease rules need to know of a subnet: its default lease time and a client's reservation. Both come
 * from the subnet feature's in-memory snapshot, so the hot paths spend no query (and take no lock on the
 * subnet row) on them. A reservation made on another instance shows here within the snapshot's refresh
 * interval; until then its address is still never given to anyone else, because the lease SQL checks the
 * reservation table itself.
 */
@Component
class SubnetTerms {

    private final SubnetService subnets;

    SubnetTerms(SubnetService subnets) {
        this.subnets = subnets;
    }

    /** @throws SubnetNotFound when the subnet does not exist */
    Duration defaultLeaseTime(long subnetId) {
        return subnets.find(subnetId).map(Subnet::leaseTime).orElseThrow(() -> SubnetNotFound.forId(subnetId));
    }

    Optional<Ipv4Address> reservedAddress(long subnetId, ClientIdentity client) {
        return subnets.findReservation(subnetId, client).map(Reservation::ipAddress);
    }
}
