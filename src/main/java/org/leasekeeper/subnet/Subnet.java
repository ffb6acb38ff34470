package org.leasekeeper.subnet;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.Ipv4Address;

/** A subnet as the rest of Leasekeeper sees it: immutable, with its pools and DHCP options. */
public record Subnet(
        long id,
        @Nullable String name,
        Cidr cidr,
        List<AddressRange> pools,
        List<Ipv4Address> routers,
        List<Ipv4Address> dnsServers,
        @Nullable String domainName,
        Duration leaseTime,
        Duration renewTime,
        Duration rebindTime,
        List<Ipv4Address> relayAddresses) {

    public Subnet {
        pools = List.copyOf(pools);
        routers = List.copyOf(routers);
        dnsServers = List.copyOf(dnsServers);
        relayAddresses = List.copyOf(relayAddresses);
    }

    public boolean inPool(Ipv4Address address) {
        return pools.stream().anyMatch(p -> p.contains(address));
    }
}
