package org.leasekeeper.subnet.web;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;
import org.leasekeeper.web.InvalidParameter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/subnets/{id}/reservations}: {@code hwAddress} or {@code clientId}, and {@code ipAddress}. */
record ReservationRequest(
        @Nullable MacAddress hwAddress,
        @Nullable ClientId clientId,
        @NotNull @Nullable Ipv4Address ipAddress,
        @Size(max = 253) @Pattern(regexp = "[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?",
                message = "must be a host name such as host1") @Nullable String hostname) {

    /** The client the reservation is for. @throws InvalidParameter when neither identifier is given */
    ClientIdentity client() {
        if (hwAddress == null && clientId == null) {
            throw new InvalidParameter("hwAddress", "give hwAddress or clientId");
        }
        return new ClientIdentity(hwAddress, clientId);
    }

    /** Only after Bean Validation has passed. */
    Ipv4Address address() {
        if (ipAddress == null) {
            throw new IllegalStateException("request not validated");
        }
        return ipAddress;
    }
}
