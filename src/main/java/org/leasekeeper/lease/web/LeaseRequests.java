package org.leasekeeper.lease.web;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.lease.LeaseRequest;
import org.leasekeeper.lease.Source;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.ClientIdentity;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;
import org.leasekeeper.web.InvalidParameter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The request bodies of the lease endpoints. */
final class LeaseRequests {

    /** RFC 1123 host name labels, at most 253 characters in all. */
    static final String HOSTNAME = "^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$";

    private LeaseRequests() {
    }

    /** {@code POST /api/v1/leases}. */
    record Create(
            @NotNull Long subnetId,
            @NotNull MacAddress hwAddress,
            @Nullable ClientId clientId,
            @Nullable @Size(max = 253) @Pattern(regexp = HOSTNAME, message = "is not a valid host name") String hostname,
            @Nullable Ipv4Address requestedAddress,
            @Nullable @Positive Integer leaseTimeSeconds) {

        LeaseRequest toCommand() {
            return new LeaseRequest(subnetId, new ClientIdentity(hwAddress, clientId), hostname, requestedAddress,
                    leaseTimeSeconds == null ? null : Duration.ofSeconds(leaseTimeSeconds), Source.API);
        }
    }

    /** {@code POST /api/v1/leases/{ip}/renew}: who renews, and optionally for how long. */
    record Renew(@Nullable MacAddress hwAddress, @Nullable ClientId clientId, @Nullable @Positive Integer leaseTimeSeconds) {

        ClientIdentity client() {
            return identify(hwAddress, clientId);
        }

        @Nullable Duration leaseTime() {
            return leaseTimeSeconds == null ? null : Duration.ofSeconds(leaseTimeSeconds);
        }
    }

    /** {@code POST /api/v1/leases/{ip}/release}: who releases. */
    record Release(@Nullable MacAddress hwAddress, @Nullable ClientId clientId) {

        ClientIdentity client() {
            return identify(hwAddress, clientId);
        }
    }

    private static ClientIdentity identify(@Nullable MacAddress hwAddress, @Nullable ClientId clientId) {
        if (hwAddress == null && clientId == null) {
            throw new InvalidParameter("hwAddress", "hwAddress or clientId is required");
        }
        return new ClientIdentity(hwAddress, clientId);
    }
}
