package org.leasekeeper.dhcp.server;

import java.net.InetSocketAddress;

import org.leasekeeper.net.Ipv4Address;

/**
 * Where a reply goes, per RFC 2131 §4.1: to the relay agent when there is one ({@code giaddr}, port 67); a NAK to
 * a direct client by broadcast; else to {@code ciaddr} when the client has one (RENEWING, INFORM); else by
 * broadcast, since unicast to {@code yiaddr} would need an ARP entry that a plain UDP socket cannot make.
 */
final class ReplyAddressing {

    /** RFC 2131 §4.1: servers and relay agents listen on port 67, clients on port 68. */
    static final int SERVER_PORT = 67;
    static final int CLIENT_PORT = 68;

    /**
     * @param address      where to send
     * @param viaInterface true for direct clients: the reply leaves by the served interface
     */
    record Destination(InetSocketAddress address, boolean viaInterface) {
    }

    private ReplyAddressing() {
    }

    static Destination destination(Ipv4Address giaddr, Ipv4Address ciaddr, boolean nak) {
        if (!giaddr.isAny()) {
            return new Destination(socket(giaddr, SERVER_PORT), false);
        }
        if (!nak && !ciaddr.isAny()) {
            return new Destination(socket(ciaddr, CLIENT_PORT), true);
        }
        return new Destination(socket(Ipv4Address.BROADCAST, CLIENT_PORT), true);
    }

    /** RFC 2131 §4.3.2: a NAK through a relay sets the broadcast bit, so that the relay broadcasts it on. */
    static boolean broadcastFlag(boolean requestFlag, Ipv4Address giaddr, boolean nak) {
        return requestFlag || nak && !giaddr.isAny();
    }

    private static InetSocketAddress socket(Ipv4Address address, int port) {
        return new InetSocketAddress(address.toInetAddress(), port);
    }
}
