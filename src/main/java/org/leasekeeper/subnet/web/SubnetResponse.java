package org.leasekeeper.subnet.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.Subnet;

/** A subnet as the API shows it, with every time resolved. */
record SubnetResponse(
        long id,
        @Nullable String name,
        Cidr cidr,
        List<PoolJson> pools,
        List<Ipv4Address> routers,
        List<Ipv4Address> dnsServers,
        @Nullable String domainName,
        long leaseTimeSeconds,
        long renewTimeSeconds,
        long rebindTimeSeconds,
        List<Ipv4Address> relayAddresses) {

    static SubnetResponse of(Subnet s) {
        return new SubnetResponse(s.id(), s.name(), s.cidr(), s.pools().stream().map(PoolJson::of).toList(),
                s.routers(), s.dnsServers(), s.domainName(), s.leaseTime().toSeconds(), s.renewTime().toSeconds(),
                s.rebindTime().toSeconds(), s.relayAddresses());
    }
}
