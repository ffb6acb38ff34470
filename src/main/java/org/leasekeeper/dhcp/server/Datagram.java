package org.leasekeeper.dhcp.server;

import java.net.InetSocketAddress;

/** One UDP datagram received by the listener: its bytes and where it came from. */
record Datagram(byte[] payload, InetSocketAddress sender) {
}
