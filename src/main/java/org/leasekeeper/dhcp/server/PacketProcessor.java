package org.leasekeeper.dhcp.server;

/**
 * Turns one received datagram into an {@link Outcome}: decode, one lease service call, encode. Database
 * failures escape as exceptions; the listener counts them and drops the request.
 */
@FunctionalInterface
interface PacketProcessor {

    Outcome process(Datagram datagram);
}
