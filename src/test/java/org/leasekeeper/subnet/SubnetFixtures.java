package org.leasekeeper.subnet;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.net.AddressRange;
import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.Ipv4Address;

/** Subnet definitions for tests. */
final class SubnetFixtures {

    private SubnetFixtures() {
    }

    static Ipv4Address ip(String text) {
        return Ipv4Address.parse(text);
    }

    static AddressRange range(String first, String last) {
        return new AddressRange(ip(first), ip(last));
    }

    static SubnetDefinition definition(String cidr, AddressRange... pools) {
        return new SubnetDefinition("lab", Cidr.parse(cidr), List.of(pools), List.of(), List.of(), null, null, null,
                null, List.of());
    }

    static SubnetDefinition withTimes(SubnetDefinition d, @Nullable Long lease, @Nullable Long renew,
            @Nullable Long rebind) {
        return new SubnetDefinition(d.name(), d.cidr(), d.pools(), d.routers(), d.dnsServers(), d.domainName(),
                lease == null ? null : Duration.ofSeconds(lease), renew == null ? null : Duration.ofSeconds(renew),
                rebind == null ? null : Duration.ofSeconds(rebind), d.relayAddresses());
    }

    static SubnetDefinition withRelays(SubnetDefinition d, Ipv4Address... relays) {
        return new SubnetDefinition(d.name(), d.cidr(), d.pools(), d.routers(), d.dnsServers(), d.domainName(),
                d.leaseTime(), d.renewTime(), d.rebindTime(), List.of(relays));
    }
}
