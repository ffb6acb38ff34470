package org.leasekeeper.dhcp.server;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.leasekeeper.dhcp.codec.DhcpMessage;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.subnet.Subnet;
import org.leasekeeper.subnet.SubnetService;

/**
 * Which subnet serves a request (RFC 3011, RFC 2131 §4.3.1): the subnet selection option (118) when present;
 * else for a relayed request the subnet containing giaddr or listing it among its relay addresses; else, for a
 * directly connected client, the subnet containing the served interface's address. In-memory lookups only.
 */
class SubnetSelector {

    private final SubnetService subnets;
    private final @Nullable Ipv4Address interfaceAddress;

    SubnetSelector(SubnetService subnets, @Nullable Ipv4Address interfaceAddress) {
        this.subnets = subnets;
        this.interfaceAddress = interfaceAddress;
    }

    Optional<Subnet> select(DhcpMessage request) {
        var selection = request.options().subnetSelection();
        if (selection.isPresent()) {
            return subnets.findContaining(selection.get());
        }
        if (!request.giaddr().isAny()) {
            return subnets.findForRelay(request.giaddr());
        }
        return interfaceAddress == null ? Optional.empty() : subnets.findContaining(interfaceAddress);
    }
}
