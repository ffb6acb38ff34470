package org.leasekeeper.subnet;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.Ipv4Address;

/**
 * What a caller gives to create or replace a subnet. Times left null take the defaults of the contract:
 * lease 3600 s, T1 50 % and T2 87.5 % of the lease.
 */
public record SubnetDefinition(
        @Nullable String name,
        Cidr cidr,
        List<AddressRange> pools,
        List<Ipv4Address> routers,
        List<Ipv4Address> dnsServers,
        @Nullable String domainName,
        @Nullable Duration leaseTime,
        @Nullable Duration renewTime,
        @Nullable Duration rebindTime,
        List<Ipv4Address> relayAddresses) {
}
