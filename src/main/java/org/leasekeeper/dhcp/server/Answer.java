package org.leasekeeper.dhcp.server;

import org.leasekeeper.dhcp.codec.DhcpMessage;

/** What {@link DhcpHandler} makes of one request: a reply to send, a counted drop, or silence by design. */
sealed interface Answer {

    record Send(DhcpMessage reply) implements Answer {
    }

    record Drop(DropReason reason, String detail) implements Answer {
    }

    record Silence(String why) implements Answer {
    }

    static Answer send(DhcpMessage reply) {
        return new Send(reply);
    }

    static Answer drop(DropReason reason, String detail) {
        return new Drop(reason, detail);
    }

    static Answer silence(String why) {
        return new Silence(why);
    }
}
