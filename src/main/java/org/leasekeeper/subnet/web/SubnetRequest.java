package org.leasekeeper.subnet.web;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.SubnetDefinition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/subnets} and {@code PUT /api/v1/subnets/{id}}: only {@code cidr} and {@code pools} are required. */
record SubnetRequest(
        @Size(max = 255) @Nullable String name,
        @NotNull @Nullable Cidr cidr,
        @NotEmpty @Size(max = 256) @Nullable List<@NotNull @Valid PoolJson> pools,
        @Size(max = 32) @Nullable List<@NotNull Ipv4Address> routers,
        @Size(max = 32) @Nullable List<@NotNull Ipv4Address> dnsServers,
        @Size(max = 253) @Pattern(regexp = "[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?",
                message = "must be a domain name such as lab.example") @Nullable String domainName,
        @Positive @Max(Integer.MAX_VALUE) @Nullable Long leaseTimeSeconds,
        @Positive @Max(Integer.MAX_VALUE) @Nullable Long renewTimeSeconds,
        @Positive @Max(Integer.MAX_VALUE) @Nullable Long rebindTimeSeconds,
        @Size(max = 64) @Nullable List<@NotNull Ipv4Address> relayAddresses) {

    /** Only after Bean Validation has passed. */
    SubnetDefinition toDefinition() {
        if (cidr == null || pools == null) {
            throw new IllegalStateException("request not validated");
        }
        return new SubnetDefinition(name, cidr, pools.stream().map(PoolJson::toRange).toList(), orEmpty(routers),
                orEmpty(dnsServers), domainName, seconds(leaseTimeSeconds), seconds(renewTimeSeconds),
                seconds(rebindTimeSeconds), orEmpty(relayAddresses));
    }

    private static List<Ipv4Address> orEmpty(@Nullable List<Ipv4Address> addresses) {
        return addresses == null ? List.of() : addresses;
    }

    private static @Nullable Duration seconds(@Nullable Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }
}
