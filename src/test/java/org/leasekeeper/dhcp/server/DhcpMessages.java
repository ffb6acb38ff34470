package org.leasekeeper.dhcp.server;

import java.util.List;
import java.util.function.Consumer;

import org.leasekeeper.dhcp.codec.DhcpMessage;
import org.leasekeeper.dhcp.codec.DhcpMessageType;
import org.leasekeeper.dhcp.codec.DhcpOptionsBuilder;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;

/** Client messages for handler tests, shaped like those of real clients. */
final class DhcpMessages {

    static final List<Integer> PARAMETER_REQUEST_LIST = List.of(1, 28, 2, 3, 15, 6, 119, 12, 44, 47, 26, 121, 42);

    private DhcpMessages() {
    }

    static MacAddress mac(int n) {
        return MacAddress.parse(String.format("52:54:00:ab:00:%02x", n));
    }

    static DhcpMessage message(DhcpMessageType type, int client, Consumer<DhcpOptionsBuilder> options) {
        return DhcpMessage.builder()
                .xid(0x1000 + client)
                .macAddress(mac(client))
                .options(o -> {
                    o.messageType(type).parameterRequestList(PARAMETER_REQUEST_LIST);
                    options.accept(o);
                })
                .build();
    }

    static DhcpMessage discover(int client) {
        return message(DhcpMessageType.DISCOVER, client, o -> o.hostname("host" + client));
    }

    static DhcpMessage selecting(int client, Ipv4Address serverId, Ipv4Address requested) {
        return message(DhcpMessageType.REQUEST, client,
                o -> o.serverIdentifier(serverId).requestedAddress(requested).hostname("host" + client));
    }

    static DhcpMessage initReboot(int client, Ipv4Address requested) {
        return message(DhcpMessageType.REQUEST, client, o -> o.requestedAddress(requested));
    }

    static DhcpMessage renewing(int client, Ipv4Address ciaddr) {
        return message(DhcpMessageType.REQUEST, client, o -> { }).toBuilder().ciaddr(ciaddr).build();
    }

    static DhcpMessage relayed(DhcpMessage message, Ipv4Address giaddr) {
        return message.toBuilder().giaddr(giaddr).hops(1).build();
    }
}
