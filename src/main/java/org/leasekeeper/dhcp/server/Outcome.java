package org.leasekeeper.dhcp.server;

import java.net.InetSocketAddress;

/** What the listener does with one datagram: send a reply, drop it for a counted reason, or stay silent by design. */
sealed interface Outcome {

    /**
     * A reply to send.
     *
     * @param messageType  the DHCP message type, for {@code leasekeeper.dhcp.packets.sent{type}}
     * @param viaInterface true when it goes to a directly connected client (it must leave by the served interface)
     */
    record Reply(byte[] payload, InetSocketAddress destination, boolean viaInterface, String messageType)
            implements Outcome {
    }

    /** Not answered, and counted: {@code leasekeeper.dhcp.packets.dropped{reason}}. */
    record Dropped(DropReason reason, String detail) implements Outcome {
    }

    /** Not answered because the protocol says so (RELEASE, DECLINE, a REQUEST for another server, ...). */
    record Silent() implements Outcome {
    }

    static Outcome silent() {
        return new Silent();
    }

    static Outcome dropped(DropReason reason, String detail) {
        return new Dropped(reason, detail);
    }
}
