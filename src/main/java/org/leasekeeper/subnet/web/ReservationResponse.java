package org.leasekeeper.subnet.web;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;
import org.leasekeeper.subnet.Reservation;

/** A reservation as the API shows it. */
record ReservationResponse(long id, long subnetId, Ipv4Address ipAddress, @Nullable MacAddress hwAddress,
        @Nullable ClientId clientId, @Nullable String hostname) {

    static ReservationResponse of(Reservation r) {
        return new ReservationResponse(r.id(), r.subnetId(), r.ipAddress(), r.hwAddress(), r.clientId(), r.hostname());
    }
}
